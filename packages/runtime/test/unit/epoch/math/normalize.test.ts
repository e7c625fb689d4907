/** Normalisation helpers (epoch/math.rs): truncation, all-zero inputs, saturating column sums, explicit zeros. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I32F32, I64F64 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  inplaceColNormalize,
  inplaceColNormalizeSparse,
  inplaceNormalize,
  inplaceNormalize64,
  inplaceNormalizeUsingSum,
  inplaceRowNormalize,
  inplaceRowNormalizeSparse,
  normalize,
  sum,
} from '../../../../src/epoch/math/index.js';
import { bits, f, fs, positive, sparse, sparseMatrix, unsparse } from './mathFixtures.js';

describe('vector normalisation', () => {
  it('divides by the sum with truncation: 1/3 is 1431655765 bits', () => {
    assert.deepEqual(normalize(fs([1, 1, 1])), [bits(1431655765n), bits(1431655765n), bits(1431655765n)]);
  });

  it('leaves an all-zero (or zero-sum) vector unchanged', () => {
    const zeros = fs([0, 0, 0]);
    inplaceNormalize(zeros);
    assert.deepEqual(zeros, fs([0, 0, 0]));
    // the sum is what is tested, not the entries: [-1, 1] sums to 0 and stays
    assert.deepEqual(normalize(fs([-1, 1])), fs([-1, 1]));
    const withSum = fs([1, 2]);
    inplaceNormalizeUsingSum(withSum, I32F32.ZERO);
    assert.deepEqual(withSum, fs([1, 2]));
  });

  it('normalises a vector with a negative entry by its (positive) sum', () => {
    assert.deepEqual(normalize(fs([-1, 3])), fs([-0.5, 1.5]));
  });

  it('gives 0 where the quotient overflows (safe_div), not a saturated value', () => {
    // 2^30 / 2^-32 overflows I32F32
    const x = [f(2 ** 30), bits(1n), f(-(2 ** 30))];
    inplaceNormalize(x);
    assert.deepEqual(x, [I32F32.ZERO, I32F32.ONE, I32F32.ZERO]);
  });

  it('sums to 1 within n ulps, each entry truncated (property)', () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 64 }), (x) => {
        const total = sum(x);
        fc.pre(total > 0n && total <= I32F32.MAX);
        const y = normalize(x);
        const s = sum(y);
        assert.ok(s <= I32F32.ONE && s >= I32F32.ONE - BigInt(x.length), `sum ${s}`);
        for (const [i, yi] of y.entries()) assert.equal(yi, ((x[i] as bigint) << 32n) / total);
      }),
    );
  });

  it('I64F64 normalisation keeps 64 fractional bits', () => {
    const x = [I64F64.fromInt(1), I64F64.fromInt(2)];
    inplaceNormalize64(x);
    assert.deepEqual(x, [I64F64.fromBits((1n << 64n) / 3n), I64F64.fromBits((2n << 64n) / 3n)]);
  });
});

describe('row normalisation', () => {
  it('skips rows whose sum is not > 0 and keeps explicit zero entries', () => {
    const m = sparse([
      [
        [3, 1],
        [1, 0],
        [0, 3],
      ],
      [[2, 0]],
      [],
      [
        [0, -1],
        [1, 0.5],
      ],
    ]);
    inplaceRowNormalizeSparse(m);
    assert.deepEqual(unsparse(m), [
      [
        [3, 0.25],
        [1, 0],
        [0, 0.75],
      ],
      [[2, 0]],
      [],
      [
        [0, -1],
        [1, 0.5],
      ],
    ]);
  });

  it('dense rows: same rule', () => {
    const m = [fs([1, 3]), fs([0, 0])];
    inplaceRowNormalize(m);
    assert.deepEqual(m, [fs([0.25, 0.75]), fs([0, 0])]);
  });

  it('normalised non-zero rows sum to 1 within their length in ulps (property)', () => {
    fc.assert(
      fc.property(sparseMatrix(4, 8, positive), (m) => {
        inplaceRowNormalizeSparse(m);
        for (const row of m) {
          const s = row.reduce((acc, [, v]) => acc + v, 0n);
          assert.ok(s === 0n || (s <= I32F32.ONE && s >= I32F32.ONE - BigInt(row.length)));
        }
      }),
    );
  });
});

describe('column normalisation', () => {
  it('sparse: divides by saturating column sums, leaves columns >= `columns` and zero-sum columns', () => {
    const m = sparse([
      [
        [0, 1],
        [2, 5],
        [1, 0],
      ],
      [
        [0, 3],
        [1, 0],
      ],
    ]);
    inplaceColNormalizeSparse(m, 2);
    assert.deepEqual(unsparse(m), [
      [
        [0, 0.25],
        [2, 5],
        [1, 0],
      ],
      [
        [0, 0.75],
        [1, 0],
      ],
    ]);
  });

  it('sparse: a saturated column sum divides by I32F32::MAX', () => {
    const m = [[[0, I32F32.MAX]], [[0, I32F32.MAX]]] as [number, I32F32][][];
    inplaceColNormalizeSparse(m, 1);
    assert.deepEqual(m, [[[0, I32F32.ONE]], [[0, I32F32.ONE]]]);
  });

  it('dense: ragged rows use the longest row for the sums', () => {
    const m = [fs([1, 1]), fs([1]), fs([2, 3, 4])];
    inplaceColNormalize(m);
    assert.deepEqual(m, [fs([0.25, 0.25]), fs([0.25]), fs([0.5, 0.75, 1])]);
  });
});
