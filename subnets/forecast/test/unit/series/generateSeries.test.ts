import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createRng,
  createSeriesSpec,
  detectSeasonPeriod,
  generateSeries,
  type SeriesSpec,
  seasonalStrength,
  signalValue,
} from '@taonet/subnet-forecast';

function baseSpec(over: Partial<SeriesSpec> = {}): SeriesSpec {
  return {
    length: 480,
    level: 100,
    slope: 0.05,
    seasonalities: [
      { period: 24, amplitude: 10, phase: 0.3, harmonic: 0.2 },
      { period: 7, amplitude: 4, phase: 1, harmonic: 0 },
    ],
    noise: { sd: 1, phi: 0.3 },
    regimes: [],
    intervalS: 3600,
    ...over,
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function sd(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
}

describe('createSeriesSpec and generateSeries', () => {
  it('are deterministic for a seed', () => {
    const make = (seed: string) => {
      const rng = createRng(seed);
      const spec = createSeriesSpec(rng.fork('spec'), { length: 300 });
      return { spec, values: generateSeries(spec, rng.fork('noise')) };
    };
    assert.deepEqual(make('a'), make('a'));
    assert.notDeepEqual(make('a').values, make('b').values);
    const { spec, values } = make('a');
    assert.equal(values.length, 300);
    assert.ok(values.every(Number.isFinite));
    assert.ok(spec.seasonalities.length >= 1);
    assert.ok(spec.regimes.every((r) => r.at >= 90 && r.at < 300));
  });

  it('has its seasonalities: strong at the stated periods, found by detectSeasonPeriod', () => {
    const values = generateSeries(baseSpec(), createRng('season'));
    assert.ok(seasonalStrength(values, 24) > 0.8, `strength at 24: ${seasonalStrength(values, 24)}`);
    assert.ok(seasonalStrength(values, 7) > 0.2);
    assert.ok(seasonalStrength(values, 11) < 0.3);
    assert.equal(detectSeasonPeriod(values, { intervalS: 3600 }), 24);
    const daily = generateSeries(baseSpec({ seasonalities: [baseSpec().seasonalities[0]!] }), createRng('d'));
    assert.equal(detectSeasonPeriod(daily), 24);
    const flat = generateSeries(baseSpec({ seasonalities: [] }), createRng('flat'));
    assert.equal(detectSeasonPeriod(flat, { intervalS: 3600 }), 1);
  });

  it('puts a level shift where stated', () => {
    const spec = baseSpec({ seasonalities: [], slope: 0, regimes: [{ kind: 'level', at: 300, shift: 25 }] });
    const values = generateSeries(spec, createRng('level'));
    const jump = mean(values.slice(300, 380)) - mean(values.slice(220, 300));
    assert.ok(Math.abs(jump - 25) < 2, `jump ${jump}`);
    assert.equal(signalValue(spec, 299), 100);
    assert.equal(signalValue(spec, 300), 125);
  });

  it('changes the slope where stated', () => {
    const spec = baseSpec({ seasonalities: [], slope: 0, regimes: [{ kind: 'slope', at: 200, delta: 0.5 }] });
    const values = generateSeries(spec, createRng('slope'));
    const before = mean(values.slice(180, 200)) - mean(values.slice(100, 120));
    const after = mean(values.slice(380, 400)) - mean(values.slice(300, 320));
    assert.ok(Math.abs(before) < 3, `before ${before}`);
    assert.ok(Math.abs(after - 40) < 3, `after ${after}`);
  });

  it('bursts the variance where stated', () => {
    const regimes = [{ kind: 'variance' as const, at: 250, duration: 100, factor: 4 }];
    const values = generateSeries(baseSpec({ seasonalities: [], slope: 0, regimes }), createRng('burst'));
    const ratio = sd(values.slice(250, 350)) / sd(values.slice(100, 200));
    assert.ok(ratio > 3 && ratio < 5.5, `ratio ${ratio}`);
    assert.ok(sd(values.slice(360, 460)) / sd(values.slice(100, 200)) < 1.5);
  });
});
