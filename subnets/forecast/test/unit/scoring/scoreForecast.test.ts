import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  computeForecastMetrics,
  naiveScale,
  pinballLoss,
  quantileCrps,
  SCORE_WEIGHTS,
  scoreForecast,
} from '@taonet/subnet-forecast';
import fc from 'fast-check';

const HISTORY = [10, 12, 11, 13, 12, 14];
const TRUTH = [13, 15, 14];

describe('forecast metrics', () => {
  it('computes MASE, sMAPE, guarded MAPE and CRPS', () => {
    assert.equal(naiveScale(HISTORY), 8 / 5);
    const m = computeForecastMetrics(HISTORY, TRUTH, [14, 14, 14]);
    assert.ok(Math.abs(m.mae - 2 / 3) < 1e-12);
    assert.ok(Math.abs(m.mase - 2 / 3 / 1.6) < 1e-12);
    assert.equal(m.crps, m.mae);
    assert.ok(Math.abs(m.mape - (1 / 13 + 1 / 15 + 0) / 3) < 1e-12);
    assert.ok(Math.abs(m.smape - (2 / 27 + 2 / 29) / 3) < 1e-12);
  });

  it('turns quantiles into CRPS by the pinball loss', () => {
    assert.equal(pinballLoss(0.9, 10, 8), 0.9 * 2);
    assert.ok(Math.abs(pinballLoss(0.9, 8, 10) - 0.2) < 1e-12);
    const sharp = quantileCrps(
      [5],
      [
        { q: 0.25, values: [5] },
        { q: 0.75, values: [5] },
      ],
    );
    assert.deepEqual(sharp, [0]);
    // A symmetric set collapsed on the point gives the point's absolute error.
    const collapsed = quantileCrps(
      [5],
      [
        { q: 0.1, values: [3] },
        { q: 0.5, values: [3] },
        { q: 0.9, values: [3] },
      ],
    );
    assert.ok(Math.abs(collapsed[0]! - 2) < 1e-12);
  });

  it('guards MAPE near zero where plain MAPE explodes', () => {
    const history = [-1, 1, -1, 1, 0.5, -0.5];
    const m = computeForecastMetrics(history, [1e-9, 0], [0.1, 0.1]);
    assert.ok(Number.isFinite(m.mape) && m.mape <= 0.1 / (0.1 * 0.8333333) + 1e-9);
    assert.ok(m.smape > 1.99);
    const flat = computeForecastMetrics([0, 0, 0], [0, 0], [0, 0]);
    assert.deepEqual([flat.mase, flat.smape, flat.mape, flat.crps], [0, 0, 0, 0]);
  });
});

describe('scoreForecast', () => {
  it('gives 1 to a perfect forecast and less to worse ones', () => {
    assert.equal(scoreForecast(HISTORY, TRUTH, { point: TRUTH }).score, 1);
    const close = scoreForecast(HISTORY, TRUTH, { point: [13.5, 14.5, 14] }).score;
    const far = scoreForecast(HISTORY, TRUTH, { point: [0, 0, 0] }).score;
    assert.ok(close < 1 && far < close && far >= 0, `${close} ${far}`);
    assert.equal(SCORE_WEIGHTS.mase + SCORE_WEIGHTS.crps + SCORE_WEIGHTS.mape + SCORE_WEIGHTS.smape, 1);
  });

  it('rewards calibrated quantiles over a bare point with the same median', () => {
    const point = [14, 14, 14];
    const bare = scoreForecast(HISTORY, TRUTH, { point });
    const withQuantiles = scoreForecast(HISTORY, TRUTH, {
      point,
      quantiles: [
        { q: 0.1, values: [12.5, 13, 13] },
        { q: 0.5, values: point },
        { q: 0.9, values: [15, 15.5, 15.5] },
      ],
    });
    assert.ok(bare.ok && withQuantiles.ok);
    assert.ok(withQuantiles.metrics.crps < bare.metrics.crps);
    assert.ok(withQuantiles.score > bare.score);
  });

  it('scores malformed predictions 0 with a reason, never throwing', () => {
    const cases: unknown[] = [
      undefined,
      null,
      42,
      'point',
      {},
      { point: [1, 2] },
      { point: [1, 2, 3, 4] },
      { point: [1, Number.NaN, 3] },
      { point: [1, Number.POSITIVE_INFINITY, 3] },
      { point: ['1', 2, 3] },
      { point: [1, 2, 3], quantiles: 'x' },
      { point: [1, 2, 3], quantiles: [null] },
      { point: [1, 2, 3], quantiles: [{ q: 0, values: [1, 2, 3] }] },
      { point: [1, 2, 3], quantiles: [{ q: 0.5, values: [1, 2] }] },
      {
        point: [1, 2, 3],
        quantiles: [
          { q: 0.5, values: [1, 2, 3] },
          { q: 0.5, values: [1, 2, 3] },
        ],
      },
      {
        point: [1, 2, 3],
        quantiles: Array.from({ length: 33 }, (_, i) => ({ q: (i + 1) / 40, values: [1, 2, 3] })),
      },
    ];
    for (const prediction of cases) {
      const result = scoreForecast(HISTORY, TRUTH, prediction);
      assert.equal(result.ok, false, JSON.stringify(prediction));
      assert.equal(result.score, 0);
    }
    const getter = Object.defineProperty({}, 'point', {
      get() {
        throw new Error('boom');
      },
    });
    assert.deepEqual(scoreForecast(HISTORY, TRUTH, getter), {
      ok: false,
      score: 0,
      reason: 'scoring failed: Error: boom',
    });
  });

  it('stays in [0, 1] for any finite prediction, however extreme', () => {
    const value = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 3, maxLength: 3 }),
        fc.array(value, { minLength: 3, maxLength: 3 }),
        (history, point) => {
          const result = scoreForecast(history, TRUTH, { point });
          assert.ok(result.score >= 0 && result.score <= 1 && !Number.isNaN(result.score));
        },
      ),
    );
    assert.ok(scoreForecast(HISTORY, TRUTH, { point: [1e308, -1e308, 1e308] }).score < 1e-6);
  });
});
