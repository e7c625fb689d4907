import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadRealSeries, parseCsvColumn, REAL_SERIES } from '@taonet/subnet-forecast';

describe('real series from vega-datasets', () => {
  it('loads every catalogued series with finite values', () => {
    const lengths = Object.fromEntries(REAL_SERIES.map((s) => [s.name, loadRealSeries(s.name).length]));
    assert.deepEqual(lengths, {
      co2: 741,
      'seattle-temp-max': 1461,
      'seattle-hourly-temp': 8759,
      sp500: 5105,
    });
    for (const s of REAL_SERIES) assert.ok(loadRealSeries(s.name).every(Number.isFinite));
    const co2 = loadRealSeries('co2');
    assert.equal(co2[0], 315.7);
    assert.ok(co2.at(-1)! > 400);
    assert.equal(loadRealSeries('co2'), co2);
  });

  it('parses one numeric column and skips blank or non-numeric cells', () => {
    assert.deepEqual(parseCsvColumn('a,b\n1,2\n3,\n5,x\n7,8\n', 'b'), [2, 8]);
    assert.throws(() => parseCsvColumn('a,b\n1,2', 'c'), /column c not found/);
  });
});
