import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  computeTaskId,
  createForecastTask,
  createTaskSeed,
  forecastTaskSchema,
  loadRealSeries,
  REAL_SERIES,
} from '@taonet/subnet-forecast';

describe('createForecastTask', () => {
  it('cuts a seeded synthetic series into history and truth, deterministically', () => {
    const a = createForecastTask({ seed: 'seed-1', source: 'synthetic', historyLength: 200, horizon: 12 });
    const b = createForecastTask({ seed: 'seed-1', source: 'synthetic', historyLength: 200, horizon: 12 });
    assert.deepEqual(a, b);
    assert.equal(a.task.history.length, 200);
    assert.equal(a.truth.length, 12);
    assert.equal(a.task.horizon, 12);
    assert.equal(a.task.interval_s, a.spec!.intervalS);
    assert.deepEqual(forecastTaskSchema.parse(a.task), a.task);
    const c = createForecastTask({ seed: 'seed-2', source: 'synthetic', historyLength: 200, horizon: 12 });
    assert.notDeepEqual(a.task.history, c.task.history);
  });

  it('hides the seed behind the task id', () => {
    const seed = createTaskSeed();
    assert.match(seed, /^[0-9a-f]{64}$/);
    const { task } = createForecastTask({ seed });
    assert.equal(task.task_id, computeTaskId(seed));
    assert.match(task.task_id, /^[0-9a-f]{32}$/);
    assert.ok(!seed.includes(task.task_id));
  });

  it('takes rescaled windows of real series', () => {
    for (const info of REAL_SERIES) {
      const bundle = createForecastTask({ seed: `real-${info.name}`, source: info.name });
      assert.equal(bundle.source, info.name);
      assert.equal(bundle.task.interval_s, info.intervalS);
      const raw = loadRealSeries(info.name).slice(bundle.offset!, bundle.offset! + 360);
      const values = [...bundle.task.history, ...bundle.truth];
      assert.equal(values.length, raw.length);
      // An affine image of the window plus 1%-of-a-step noise: strongly correlated, not equal.
      assert.notDeepEqual(values, raw);
      assert.ok(correlation(values, raw) > 0.99, info.name);
    }
  });

  it('mixes in real series at the requested share and rejects bad sizes', () => {
    const sources = Array.from(
      { length: 40 },
      (_, i) => createForecastTask({ seed: `mix-${i}`, realShare: 0.5 }).source,
    );
    const real = sources.filter((s) => s !== 'synthetic').length;
    assert.ok(real >= 10 && real <= 30, `real ${real}`);
    assert.throws(() => createForecastTask({ seed: 'x', horizon: 0 }), /horizon/);
    assert.throws(() => createForecastTask({ seed: 'x', source: 'co2', historyLength: 800 }), /co2 has 741/);
  });
});

function correlation(a: readonly number[], b: readonly number[]): number {
  const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(a);
  const mb = mean(b);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    ab += (x - ma) * (b[i]! - mb);
    aa += (x - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
}
