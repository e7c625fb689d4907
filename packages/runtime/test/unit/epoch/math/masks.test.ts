/** Masks (epoch/math.rs): missing mask entries mask, empty masks do nothing, storage order and zeros kept. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I32F32 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  inplaceMaskCols,
  inplaceMaskDiag,
  inplaceMaskDiagExceptIndex,
  inplaceMaskMatrix,
  inplaceMaskRows,
  inplaceMaskVector,
  maskDiagSparse,
  maskDiagSparseExceptIndex,
  maskRowsSparse,
  scalarVecMaskSparseMatrix,
  vecMaskSparseMatrix,
} from '../../../../src/epoch/math/index.js';
import { fs, sparse, sparseMatrix, unsparse } from './mathFixtures.js';

describe('vector and dense masks', () => {
  it('inplace_mask_vector: a mask shorter than the vector masks the missing entries', () => {
    const v = fs([1, 2, 3]);
    inplaceMaskVector([false], v);
    assert.deepEqual(v, fs([1, 0, 0]));
  });

  it('inplace_mask_vector: an empty mask masks nothing (math error logged in Rust)', () => {
    const v = fs([1, 2]);
    inplaceMaskVector([], v);
    assert.deepEqual(v, fs([1, 2]));
  });

  it('inplace_mask_rows: masked rows become zero rows as wide as the first row', () => {
    const m = [fs([1, 2]), fs([3, 4, 5])];
    inplaceMaskRows([false], m);
    assert.deepEqual(m, [fs([1, 2]), fs([0, 0])]);
  });

  it('inplace_mask_matrix / cols: missing mask cells mask', () => {
    const m = [fs([1, 2]), fs([3, 4])];
    inplaceMaskMatrix([[false, true]], m);
    assert.deepEqual(m, [fs([1, 0]), fs([0, 0])]);
    const c = [fs([1, 2, 3])];
    inplaceMaskCols([false, false], c);
    assert.deepEqual(c, [fs([1, 2, 0])]);
  });

  it('inplace_mask_diag(_except_index): only square matrices; the owner keeps its self-weight', () => {
    const square = [fs([1, 2]), fs([3, 4])];
    inplaceMaskDiagExceptIndex(square, 1);
    assert.deepEqual(square, [fs([0, 2]), fs([3, 4])]);
    const notSquare = [fs([1, 2, 3]), fs([4, 5, 6])];
    inplaceMaskDiag(notSquare);
    assert.deepEqual(notSquare, [fs([1, 2, 3]), fs([4, 5, 6])]);
  });
});

describe('sparse masks', () => {
  const m = sparse([
    [
      [2, 1],
      [0, 1],
      [1, 0],
    ],
    [
      [1, 2],
      [0, 0],
    ],
    [[2, 3]],
  ]);

  it('mask_rows_sparse: missing mask entries empty the row', () => {
    assert.deepEqual(unsparse(maskRowsSparse([false, true], m)), [
      [
        [2, 1],
        [0, 1],
        [1, 0],
      ],
      [],
      [],
    ]);
  });

  it('mask_diag_sparse(_except_index): drops (i, i) only, keeps order and explicit zeros', () => {
    assert.deepEqual(unsparse(maskDiagSparse(m)), [
      [
        [2, 1],
        [1, 0],
      ],
      [[0, 0]],
      [],
    ]);
    assert.deepEqual(unsparse(maskDiagSparseExceptIndex(m, 2)), [
      [
        [2, 1],
        [1, 0],
      ],
      [[0, 0]],
      [[2, 3]],
    ]);
  });

  it('vec_mask_sparse_matrix: outdated weights (updated <= registered); missing values read 0', () => {
    const lastUpdate = [10n, 5n];
    const registered = [1n, 5n];
    const out = vecMaskSparseMatrix(m, lastUpdate, registered, (updated, reg) => updated <= reg);
    // row 1: 5 <= 5 drops (1, ..), keeps (0, ..); row 2: last update missing = 0 <= reg(2) = 0 drops
    assert.deepEqual(unsparse(out), [
      [
        [2, 1],
        [0, 1],
        [1, 0],
      ],
      [[0, 0]],
      [],
    ]);
  });

  it('scalar_vec_mask_sparse_matrix: bonds on columns registered since last_tempo are dropped', () => {
    const out = scalarVecMaskSparseMatrix(m, 4n, [0n, 7n], (last, reg) => last <= reg);
    assert.deepEqual(unsparse(out), [
      [
        [2, 1],
        [0, 1],
      ],
      [[0, 0]],
      [[2, 3]],
    ]);
  });

  it('results are fresh copies: mutating them leaves the input intact (property)', () => {
    fc.assert(
      fc.property(sparseMatrix(3, 4), (input) => {
        const before = unsparse(input);
        for (const out of [maskDiagSparse(input), maskRowsSparse([false, false, false], input)]) {
          for (const row of out) for (const entry of row) entry[1] = I32F32.add(entry[1], I32F32.DELTA);
        }
        assert.deepEqual(unsparse(input), before);
      }),
    );
  });
});
