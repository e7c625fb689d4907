/** Bonds EMAs of epoch/math.rs (yuma.md §1.9): the sparse liquid-alpha quirk, clamping, the fixed alpha. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I32F32 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  bondsAlphaFromMovingAverage,
  matEma,
  matEmaAlpha,
  matEmaAlphaSparse,
  matEmaSparse,
} from '../../../../src/epoch/math/index.js';
import { bits, f, fs, proportion, sparse, sparseMatrix, unsparse } from './mathFixtures.js';

const alpha = (rows: number, cols: number, a: number) =>
  Array.from({ length: rows }, () => fs(new Array(cols).fill(a)));

describe('the fixed bonds alpha', () => {
  it('1 - bma / 1e6 in I64F64 then floored to I32F32: 900_000 is exactly from_num(0.1)', () => {
    assert.equal(bondsAlphaFromMovingAverage(900_000n), bits(429496730n));
    assert.equal(bondsAlphaFromMovingAverage(900_000n), I32F32.fromF64(0.1));
    assert.equal(bondsAlphaFromMovingAverage(0n), I32F32.ONE);
    assert.equal(bondsAlphaFromMovingAverage(2_000_000n), f(-1));
    // u64::MAX saturates instead of panicking
    assert.equal(bondsAlphaFromMovingAverage((1n << 64n) - 1n) < 0n, true);
  });
});

describe('mat_ema_alpha_sparse (Yuma 3 with liquid alpha)', () => {
  it('QUIRK: a bond on a column without a weight entry is dropped, not decayed (dense decays it)', () => {
    const weights = sparse([[[1, 1]]]);
    const bonds = sparse([
      [
        [0, 1],
        [1, 0.5],
      ],
    ]);
    const out = matEmaAlphaSparse(weights, bonds, alpha(1, 2, 0.5));
    assert.deepEqual(unsparse(out), [[[1, 0.75]]]);
    const dense = matEmaAlpha([fs([0, 1])], [fs([1, 0.5])], alpha(1, 2, 0.5));
    assert.deepEqual(dense, [fs([0.5, 0.75])]);
  });

  it('an explicit zero weight keeps the column alive: the bond decays', () => {
    const out = matEmaAlphaSparse(
      sparse([
        [
          [1, 1],
          [0, 0],
        ],
      ]),
      sparse([[[0, 1]]]),
      alpha(1, 2, 0.5),
    );
    assert.deepEqual(unsparse(out), [
      [
        [1, 0.5],
        [0, 0.5],
      ],
    ]);
  });

  it('emits in the order of the weight row, clamps to 1, ignores columns beyond the alpha row', () => {
    const out = matEmaAlphaSparse(
      sparse([
        [
          [2, 4],
          [0, 1],
          [5, 1],
        ],
      ]),
      sparse([[]]),
      alpha(1, 3, 0.5),
    );
    assert.deepEqual(unsparse(out), [
      [
        [2, 1],
        [0, 0.5],
      ],
    ]);
  });

  it('returns a copy of the new matrix when the row counts differ', () => {
    assert.deepEqual(unsparse(matEmaAlphaSparse(sparse([[[0, 2]]]), sparse([]), alpha(1, 1, 0.5))), [
      [[0, 2]],
    ]);
  });

  it('values are in (0, 1] and on columns of the weight row (property)', () => {
    fc.assert(
      fc.property(sparseMatrix(3, 4), sparseMatrix(3, 4), proportion, (w, b, a) => {
        const out = matEmaAlphaSparse(
          w,
          b,
          Array.from({ length: 3 }, () => [a, a, a, a]),
        );
        out.forEach((row, i) => {
          const columns = new Set((w[i] ?? []).map(([j]) => j));
          for (const [j, v] of row) assert.ok(v > 0n && v <= I32F32.ONE && columns.has(j));
        });
      }),
    );
  });
});

describe('mat_ema_sparse (fixed alpha)', () => {
  it('merges both rows (a bond without a weight decays), densified in column order, repeated columns add', () => {
    const out = matEmaSparse(
      sparse([
        [
          [1, 1],
          [1, 1],
        ],
        [],
      ]),
      sparse([[[0, 1]], [[1, 1]]]),
      f(0.5),
    );
    assert.deepEqual(unsparse(out), [
      [
        [0, 0.5],
        [1, 1],
      ],
      [[1, 0.5]],
    ]);
  });

  it('assumes a square matrix: columns >= the row count are dropped; missing old rows add nothing', () => {
    assert.deepEqual(
      unsparse(
        matEmaSparse(
          sparse([
            [
              [0, 1],
              [1, 1],
            ],
          ]),
          sparse([]),
          f(0.5),
        ),
      ),
      [[[0, 0.5]]],
    );
  });

  it('equals the dense mat_ema on the densified matrices, keeping values > 0 (property)', () => {
    // without repeated columns (with them, the sparse sum of floored products differs from the dense cell)
    const unique = (m: ReturnType<typeof sparse>) =>
      m.map((row) => row.filter(([j], k) => row.findIndex(([c]) => c === j) === k));
    fc.assert(
      fc.property(sparseMatrix(3, 3).map(unique), sparseMatrix(3, 3).map(unique), proportion, (w, b, a) => {
        const densify = (m: typeof w) =>
          m.map((row) => {
            const d = new Array<I32F32>(3).fill(I32F32.ZERO);
            for (const [j, v] of row) d[j] = I32F32.saturatingAdd(d[j] as I32F32, v);
            return d;
          });
        const expected = matEma(densify(w), densify(b), a).map((row) =>
          row.flatMap((v, j): [number, I32F32][] => (v > 0n ? [[j, v]] : [])),
        );
        assert.deepEqual(matEmaSparse(w, b, a), expected);
      }),
    );
  });
});
