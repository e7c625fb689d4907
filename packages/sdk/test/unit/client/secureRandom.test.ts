import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillRandom } from '../../../src/client/secureRandom.js';

describe('fillRandom', () => {
  it('fills buffers of any size, never handing out the same bytes twice', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      const mask = new Uint8Array(16);
      fillRandom(mask); // 2,000 x 16 bytes: the 4 KiB pool is refilled several times
      seen.add(Buffer.from(mask).toString('hex'));
    }
    assert.equal(seen.size, 2_000);
    const large = new Uint8Array(10_000);
    fillRandom(large);
    // 10,000 random bytes take (nearly) every value; zeros or a pattern would not
    assert.ok(new Set(large).size > 250);
  });
});
