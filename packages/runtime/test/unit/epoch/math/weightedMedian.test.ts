/** Weighted median (consensus) of epoch/math.rs: pivot order decides ties, zero stakes, admissible results. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I32F32 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  inplaceNormalize,
  weightedMedian,
  weightedMedianCol,
  weightedMedianColSparse,
} from '../../../../src/epoch/math/index.js';
import { f, fs, proportion, sparse } from './mathFixtures.js';

/** The recursive form of `weighted_median` in older subtensor (same decisions, no iteration cap). */
function recursiveMedian(
  stake: readonly I32F32[],
  score: readonly I32F32[],
  idx: readonly number[],
  minority: I32F32,
  lo: I32F32,
  hi: I32F32,
): I32F32 {
  if (idx.length === 0) return I32F32.ZERO;
  if (idx.length === 1) return score[idx[0] as number] as I32F32;
  const pivot = score[idx[idx.length >> 1] as number] as I32F32;
  const lower = idx.filter((i) => (score[i] as I32F32) < pivot);
  const upper = idx.filter((i) => (score[i] as I32F32) > pivot);
  const loStake = lower.reduce((acc, i) => I32F32.saturatingAdd(acc, stake[i] as I32F32), I32F32.ZERO);
  const hiStake = upper.reduce((acc, i) => I32F32.saturatingAdd(acc, stake[i] as I32F32), I32F32.ZERO);
  const loEdge = I32F32.saturatingAdd(lo, loStake);
  const hiEdge = I32F32.saturatingSub(hi, hiStake);
  if (loEdge <= minority && minority < hiEdge) return pivot;
  if (minority < loEdge && lower.length > 0)
    return recursiveMedian(stake, score, lower, minority, lo, loEdge);
  if (hiEdge <= minority && upper.length > 0)
    return recursiveMedian(stake, score, upper, minority, hiEdge, hi);
  return pivot;
}

const minority = I32F32.sub(f(1), I32F32.fromF32(0.51));
const median = (stake: number[], score: number[]) => {
  const s = fs(stake);
  return weightedMedian(s, fs(score), [...s.keys()], minority, I32F32.ZERO, I32F32.sum(s));
};

describe('weighted_median', () => {
  it('returns 0 for an empty partition or mismatched lengths', () => {
    assert.equal(weightedMedian([], [], [], minority, I32F32.ZERO, I32F32.ZERO), I32F32.ZERO);
    assert.equal(weightedMedian(fs([1]), fs([1, 2]), [0], minority, I32F32.ZERO, f(1)), I32F32.ZERO);
  });

  it('the majority side wins; an exact 50/50 split goes low above kappa 0.5, high at exactly 0.5', () => {
    assert.equal(median([0.25, 0.75], [0.5, 1]), f(1));
    assert.equal(median([0.75, 0.25], [0.5, 1]), f(0.5));
    // majority 0.51: minority 0.49 < the lower half's 0.5 -> the lower score, whatever the order
    assert.equal(median([0.5, 0.5], [0.5, 1]), f(0.5));
    assert.equal(median([0.5, 0.5], [1, 0.5]), f(0.5));
    // majority exactly 0.5: the edges are inclusive on the upper side -> the upper score
    const half = (score: number[]) => weightedMedian(fs([0.5, 0.5]), fs(score), [0, 1], f(0.5), f(0), f(1));
    assert.equal(half([0.5, 1]), f(1));
    assert.equal(half([1, 0.5]), f(1));
  });

  it('matches the recursive reference, and returns one of the scores (property)', () => {
    const arb = fc.array(fc.tuple(proportion, fc.oneof(proportion, fc.constantFrom(f(0), f(0.5), f(1)))), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(arb, proportion, (pairs, majority) => {
        const stake = pairs.map(([s]) => s);
        const score = pairs.map(([, c]) => c);
        inplaceNormalize(stake);
        const total = I32F32.sum(stake);
        const m = I32F32.saturatingSub(total, majority);
        const idx = [...stake.keys()];
        const result = weightedMedian(stake, score, idx, m, I32F32.ZERO, total);
        assert.equal(result, recursiveMedian(stake, score, idx, m, I32F32.ZERO, total));
        assert.ok(score.includes(result));
      }),
    );
  });
});

describe('weighted_median_col(_sparse)', () => {
  it('skips zero-stake rows and renormalises the rest (kappa 0.24 / 0.26 / 0.76)', () => {
    const stake = fs([0, 0.75, 0.25, 0]);
    const score = sparse([
      [[1, 0.1]],
      [
        [1, 0.2],
        [2, 0.4],
      ],
      [
        [1, 0.3],
        [2, 0.1],
      ],
      [
        [1, 0.4],
        [2, 0.5],
      ],
    ]);
    const kappa = (x: number) => I32F32.fromF32(x);
    assert.deepEqual(weightedMedianColSparse(stake, score, 3, kappa(0.24)), [f(0), f(0.3), f(0.4)]);
    assert.deepEqual(weightedMedianColSparse(stake, score, 3, kappa(0.76)), [f(0), f(0.2), f(0.1)]);
  });

  it('sparse equals dense on the densified matrix (sorted rows, no repeated columns) (property)', () => {
    const arb = fc.array(
      fc.tuple(
        fc.oneof(proportion, fc.constant(I32F32.ZERO)),
        fc.array(proportion, { minLength: 4, maxLength: 4 }),
      ),
      {
        minLength: 1,
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(arb, proportion, (rows, majority) => {
        const stake = rows.map(([s]) => s);
        const dense = rows.map(([, r]) => r);
        const asSparse = dense.map((r) =>
          r.map((v, j): [number, I32F32] => [j, v]).filter(([, v]) => v !== 0n),
        );
        assert.deepEqual(
          weightedMedianColSparse(stake, asSparse, 4, majority),
          weightedMedianCol(stake, dense, majority),
        );
      }),
    );
  });

  it('a repeated column in a row: the last entry is the row score', () => {
    const out = weightedMedianColSparse(
      fs([1]),
      sparse([
        [
          [0, 0.25],
          [0, 0.75],
        ],
      ]),
      1,
      f(0.5),
    );
    assert.deepEqual(out, [f(0.75)]);
  });
});
