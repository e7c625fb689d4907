import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { RUNTIME_DOCS_PATH, renderRuntimeDocs } from '../genRuntimeDocs.js';

describe('docs/runtime.md', () => {
  it('is up to date with the runtime modules (regenerate with `npm run docs:runtime`)', () => {
    const onDisk = readFileSync(RUNTIME_DOCS_PATH, 'utf8');
    assert.ok(
      onDisk === renderRuntimeDocs(),
      'docs/runtime.md is stale: run `npm run docs:runtime` and commit it',
    );
  });

  it('lists every pallet with its index and the AdminUtils calls with theirs', () => {
    const text = renderRuntimeDocs();
    assert.match(text, /\| 19 \| AdminUtils \|/);
    assert.match(text, /\| 24 \| DynamicFee \| retired/);
    assert.match(text, /\| 16 \| `sudo_set_kappa` \| `netuid`: int, `kappa`: int \| yes \|/);
  });
});
