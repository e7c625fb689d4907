import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderStartBanner } from '../start.js';

describe('start', () => {
  it('says what exists, what is not built and how to run things', () => {
    const banner = renderStartBanner(
      [
        { dir: 'packages/runtime', name: '@taonet/runtime', description: 'state machine' },
        { dir: 'packages/primitives', name: '@taonet/primitives', description: 'scalars' },
      ],
      ['fixed'],
    );
    assert.match(banner, /packages\/node\) is not built/);
    assert.match(banner, / {2}@taonet\/primitives {2}scalars\n {2}@taonet\/runtime {5}state machine/);
    assert.match(
      banner,
      /Not built yet: packages\/crypto, packages\/storage, .*packages\/node.*apps\/explorer/,
    );
    assert.match(banner, /npm test/);
    assert.match(banner, /benchmarks: fixed/);
  });
});
