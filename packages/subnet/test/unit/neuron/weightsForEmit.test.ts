import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  computeWeightsForEmit,
  normalizeMaxWeight,
  resizeScores,
  roundHalfEven,
  updateScoresEma,
} from '../../../src/index.js';

const open = { minAllowedWeights: 0, maxWeightsLimit: 65535 };

describe('computeWeightsForEmit', () => {
  it('max-upscales to u16 and leaves zero scores out', () => {
    const out = computeWeightsForEmit([0, 0.5, 0.25, 0, 0.125], open);
    assert.deepEqual(out, { uids: [1, 2, 4], values: [65535, 32768, 16384] });
  });

  it('treats NaN, infinities and negatives as 0, and gives nothing when no score is positive', () => {
    assert.deepEqual(computeWeightsForEmit([Number.NaN, -1, Number.POSITIVE_INFINITY, 2], open), {
      uids: [3],
      values: [65535],
    });
    assert.deepEqual(computeWeightsForEmit([0, 0, Number.NaN], open), { uids: [], values: [] });
    assert.deepEqual(computeWeightsForEmit([], open), { uids: [], values: [] });
  });

  it('pads with weight 1 on zero-scored uids only up to min(n, MinAllowedWeights), skipping excluded', () => {
    const out = computeWeightsForEmit([0, 0, 1, 0, 0], {
      minAllowedWeights: 3,
      maxWeightsLimit: 65535,
      exclude: new Set([0]),
    });
    assert.deepEqual(out, { uids: [1, 2, 3], values: [1, 65535, 1] });
    const small = computeWeightsForEmit([1, 0], { minAllowedWeights: 8, maxWeightsLimit: 65535 });
    assert.deepEqual(small, { uids: [0, 1], values: [65535, 1] });
  });

  it('caps single weights at MaxWeightsLimit before the upscale', () => {
    // limit 0.5: [0.8, 0.1, 0.1] -> [0.5, 0.25, 0.25]
    const out = computeWeightsForEmit([8, 1, 1], { minAllowedWeights: 0, maxWeightsLimit: 32767.5 });
    assert.deepEqual(out.values, [65535, 32768, 32768]);
  });

  it('rounds half to even like Python', () => {
    assert.deepEqual([0.5, 1.5, 2.5, 2.4, 2.6].map(roundHalfEven), [0, 2, 2, 2, 3]);
  });
});

describe('normalizeMaxWeight', () => {
  it('spreads the excess over the others and sums to 1', () => {
    const out = normalizeMaxWeight([10, 5, 1, 1, 1], 0.3);
    assert.ok(Math.abs(out.reduce((a, b) => a + b, 0) - 1) < 1e-12);
    assert.ok(out.every((w) => w <= 0.3 + 1e-12));
    assert.equal(out[0], 0.3);
    assert.equal(out[1], 0.3);
    assert.ok(Math.abs(out[2]! - 0.4 / 3) < 1e-12);
  });

  it('is uniform when the cap cannot be met', () => {
    assert.deepEqual(normalizeMaxWeight([3, 1], 0.4), [0.5, 0.5]);
  });
});

describe('updateScoresEma', () => {
  it('moves only the scored uids and counts bad rewards as 0', () => {
    const scores = new Float64Array([0.5, 0.5, 0.5, 0.5]);
    updateScoresEma(scores, [0, 1, 3], [1, Number.NaN, -3], 0.1);
    assert.deepEqual(Array.from(scores), [0.55, 0.45, 0.5, 0.45]);
    updateScoresEma(scores, [9], [1], 0.1);
    assert.equal(scores.length, 4);
  });

  it('resizes keeping the leading scores', () => {
    const scores = new Float64Array([1, 2, 3]);
    assert.deepEqual(Array.from(resizeScores(scores, 5)), [1, 2, 3, 0, 0]);
    assert.deepEqual(Array.from(resizeScores(scores, 2)), [1, 2]);
    assert.equal(resizeScores(scores, 3), scores);
  });
});
