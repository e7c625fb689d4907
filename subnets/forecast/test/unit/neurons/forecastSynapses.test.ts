import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  FORECAST_SPEC_VERSION,
  ForecastRevealSynapse,
  ForecastTaskSynapse,
} from '../../../src/neurons/forecastSynapses.js';

describe('forecast synapses', () => {
  it('the task synapse carries a ForecastTask and deserializes to the commit', () => {
    const synapse = ForecastTaskSynapse.create({
      task_id: 't1',
      history: [1, 2, 3],
      horizon: 2,
      interval_s: 3600,
    });
    assert.equal(synapse.name, 'ForecastTaskSynapse');
    assert.equal(ForecastTaskSynapse.deserialize(synapse), null);
    const answered = { ...synapse, commitment: 'a'.repeat(64) };
    assert.deepEqual(ForecastTaskSynapse.deserialize(answered), {
      task_id: 't1',
      commitment: 'a'.repeat(64),
    });
    assert.deepEqual(ForecastTaskSynapse.frozenFields, ['task_id', 'history', 'horizon', 'interval_s']);
    assert.throws(() =>
      ForecastTaskSynapse.create({ task_id: 'bad id!', history: [1], horizon: 1, interval_s: 1 }),
    );
  });

  it('the reveal synapse deserializes to a ForecastReveal only when point and salt are there', () => {
    const synapse = ForecastRevealSynapse.create({ task_id: 't1' });
    assert.equal(ForecastRevealSynapse.deserialize(synapse), null);
    const point = { ...synapse, point: [1, 2], salt: 'ab'.repeat(16) };
    assert.deepEqual(ForecastRevealSynapse.deserialize(point), {
      task_id: 't1',
      point: [1, 2],
      salt: 'ab'.repeat(16),
    });
    const quantiles = [{ q: 0.5, values: [1, 2] }];
    assert.deepEqual(ForecastRevealSynapse.deserialize({ ...point, quantiles })?.quantiles, quantiles);
  });

  it('the spec version follows 1000 * major + 10 * minor + patch', () => {
    assert.equal(FORECAST_SPEC_VERSION, 1000);
  });
});
