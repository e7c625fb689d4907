/** Top-k masks (validator permits, yuma.md §1.3): ties, zero entries, n < k. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isTopk, isTopkNonzero } from '../../../../src/epoch/math/index.js';
import { fs, proportion } from './mathFixtures.js';

describe('is_topk / is_topk_nonzero', () => {
  it('among equal values the lower uid loses', () => {
    assert.deepEqual(isTopk(fs([1, 1, 1]), 2), [false, true, true]);
    assert.deepEqual(isTopkNonzero(fs([2, 1, 1, 1]), 2), [true, false, false, true]);
  });

  it('zero entries never get a permit; n < k keeps every non-zero entry', () => {
    assert.deepEqual(isTopkNonzero(fs([0, 3, 0]), 2), [false, true, false]);
    assert.deepEqual(isTopkNonzero(fs([0, 3, 0]), 5), [false, true, false]);
    assert.deepEqual(isTopk(fs([0, 3, 0]), 5), [true, true, true]);
    assert.deepEqual(isTopk(fs([1, 2]), 0), [false, false]);
  });

  it('selects exactly min(k, n) entries, each at least as large as any unselected one (property)', () => {
    fc.assert(
      fc.property(fc.array(proportion, { maxLength: 20 }), fc.nat({ max: 25 }), (v, k) => {
        const out = isTopk(v, k);
        if (v.length < k) return assert.ok(out.every(Boolean));
        assert.equal(out.filter(Boolean).length, k);
        const minIn = v.filter((_, i) => out[i]).reduce((a, b) => (b < a ? b : a), 1n << 40n);
        for (const [i, x] of v.entries()) if (!out[i]) assert.ok(x <= minIn);
        const nonzero = isTopkNonzero(v, k);
        for (const [i, p] of nonzero.entries()) assert.equal(p, out[i] === true && v[i] !== 0n);
      }),
    );
  });
});
