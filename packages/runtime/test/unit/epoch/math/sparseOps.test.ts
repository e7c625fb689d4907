/** Sparse products, clipping and interpolation (epoch/math.rs): saturation, dropped entries, column bounds. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I32F32 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  colClipSparse,
  interpolateSparse,
  matmulSparse,
  matmulTransposeSparse,
  matVecMulSparse,
  rowHadamardSparse,
  rowSumSparse,
  vecdiv,
  vecMul,
} from '../../../../src/epoch/math/index.js';
import { f, fs, proportion, sparse, sparseMatrix, unsparse } from './mathFixtures.js';

describe('sparse products', () => {
  it('matmul_sparse saturates instead of wrapping, and ignores columns >= `columns`', () => {
    const m = [
      [[0, I32F32.MAX] as [number, I32F32], [5, f(1)] as [number, I32F32]],
      [[0, I32F32.MAX] as [number, I32F32]],
    ];
    assert.deepEqual(matmulSparse(m, fs([2, 1]), 2), [I32F32.MAX, I32F32.ZERO]);
  });

  it('matmul_transpose_sparse reads a missing vector entry as 0', () => {
    assert.deepEqual(
      matmulTransposeSparse(
        sparse([
          [
            [0, 1],
            [3, 1],
          ],
        ]),
        fs([0.5]),
      ),
      fs([0.5]),
    );
  });

  it('mat_vec_mul_sparse drops zero products and columns without a vector value', () => {
    const m = sparse([
      [
        [0, 1],
        [1, 2],
        [2, 3],
      ],
    ]);
    assert.deepEqual(unsparse(matVecMulSparse(m, fs([1, 0]))), [[[0, 1]]]);
  });

  it('row_hadamard_sparse drops the rows beyond the vector, keeps zero products', () => {
    assert.deepEqual(unsparse(rowHadamardSparse(sparse([[[1, 2]], [[0, 1]]]), fs([0]))), [[[1, 0]]]);
  });

  it('row_sum_sparse wraps like a release build', () => {
    const m = [[[0, I32F32.MAX] as [number, I32F32], [1, I32F32.DELTA] as [number, I32F32]]];
    assert.deepEqual(rowSumSparse(m), [I32F32.MIN]);
  });

  it('vec_mul zips to the shorter length and gives 0 on overflow; vecdiv gives 0 on /0', () => {
    assert.deepEqual(vecMul([I32F32.MAX, f(2)], fs([2])), [I32F32.ZERO]);
    assert.deepEqual(vecdiv(fs([1, 1, 1]), fs([0, 4])), fs([0, 0.25, 0]));
  });
});

describe('col_clip_sparse', () => {
  it('clips to the consensus, DROPS entries above a 0 (or missing) threshold, keeps zeros', () => {
    const m = sparse([
      [
        [0, 0.5],
        [1, 0.2],
        [2, 0],
        [3, 0.1],
      ],
    ]);
    assert.deepEqual(unsparse(colClipSparse(m, fs([0.25, 0, 0]))), [
      [
        [0, 0.25],
        [2, 0],
      ],
    ]);
  });

  it('every kept entry is at most its column threshold, no entry is added (property)', () => {
    fc.assert(
      fc.property(sparseMatrix(3, 4), fc.array(proportion, { minLength: 4, maxLength: 4 }), (m, thr) => {
        const out = colClipSparse(m, thr);
        for (const row of out) for (const [j, v] of row) assert.ok(v <= (thr[j] as I32F32));
        assert.ok(out.every((row, i) => row.length <= (m[i] as unknown[]).length));
      }),
    );
  });
});

describe('interpolate_sparse', () => {
  it('ratio 0 and 1 copy (explicit zeros and order kept); otherwise only values > 0 in column order', () => {
    const a = sparse([
      [
        [2, 1],
        [0, 0],
      ],
    ]);
    const b = sparse([[[1, 1]]]);
    assert.deepEqual(unsparse(interpolateSparse(a, b, 3, I32F32.ZERO)), [
      [
        [2, 1],
        [0, 0],
      ],
    ]);
    assert.deepEqual(unsparse(interpolateSparse(a, b, 3, I32F32.ONE)), [[[1, 1]]]);
    assert.deepEqual(unsparse(interpolateSparse(a, b, 3, f(0.5))), [
      [
        [1, 0.5],
        [2, 0.5],
      ],
    ]);
  });

  it('different row counts return a copy of the second matrix', () => {
    assert.deepEqual(unsparse(interpolateSparse(sparse([[], []]), sparse([[[0, 1]]]), 1, f(0.5))), [
      [[0, 1]],
    ]);
  });
});
