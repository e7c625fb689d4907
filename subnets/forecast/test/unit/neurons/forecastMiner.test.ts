import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ForwardContext } from '@taonet/subnet';
import { RevealBook } from '../../../src/miner/revealBook.js';
import { holtWintersForecaster } from '../../../src/models/holtWintersForecaster.js';
import {
  createForecaster,
  createForecastMinerHandlers,
  FORECAST_MODEL_NAMES,
} from '../../../src/neurons/forecastMiner.js';
import { ForecastRevealSynapse, ForecastTaskSynapse } from '../../../src/neurons/forecastSynapses.js';
import { parseForecastMinerArgs } from '../../../src/neurons/miner.js';
import { verifyReveal } from '../../../src/protocol/commitment.js';
import { createForecastTask } from '../../../src/tasks/createForecastTask.js';

const ctxOf = (hotkey: string): ForwardContext =>
  ({ signal: new AbortController().signal, request: { dendrite: { hotkey } } }) as unknown as ForwardContext;

describe('forecast miner handlers', () => {
  it('commits with the model, reveals to the asking validator only, and opens the commitment', async () => {
    const revealBook = new RevealBook();
    const handlers = createForecastMinerHandlers({
      model: holtWintersForecaster,
      hotkey: 'miner',
      revealBook,
    });
    const { task } = createForecastTask({ seed: 'miner-handler-test', source: 'synthetic' });
    const answered = await handlers.task(ForecastTaskSynapse.create(task), ctxOf('validator-a'));
    assert.match(answered.commitment ?? '', /^[0-9a-f]{64}$/);
    // The same task again: the same commitment, no retraining.
    const again = await handlers.task(ForecastTaskSynapse.create(task), ctxOf('validator-a'));
    assert.equal(again.commitment, answered.commitment);
    assert.equal(revealBook.size, 1);

    const other = handlers.reveal(
      ForecastRevealSynapse.create({ task_id: task.task_id }),
      ctxOf('validator-b'),
    );
    assert.equal(ForecastRevealSynapse.deserialize(other), null);
    const own = handlers.reveal(
      ForecastRevealSynapse.create({ task_id: task.task_id }),
      ctxOf('validator-a'),
    );
    const reveal = ForecastRevealSynapse.deserialize(own);
    assert.equal(reveal?.point.length, task.horizon);
    assert.equal(reveal?.quantiles?.length, 5);
    assert.deepEqual(verifyReveal('miner', task.task_id, answered.commitment!, reveal).ok, true);
    assert.deepEqual(verifyReveal('thief', task.task_id, answered.commitment!, reveal).ok, false);
  });

  it('knows every model name', () => {
    for (const name of FORECAST_MODEL_NAMES) assert.equal(typeof createForecaster(name).forecast, 'function');
  });
});

describe('forecast miner arguments', () => {
  it('parses the options and refuses bad ones', () => {
    const args = parseForecastMinerArgs([
      '--hotkey-uri',
      '//Bob',
      '--model',
      'ar',
      '--port',
      '0',
      '--no-chain',
    ]);
    assert.equal(args.model, 'ar');
    assert.equal(args.axon?.port, 0);
    assert.equal(args.budgetMs, 1500);
    assert.equal(args.network, null);
    const local = ['--no-chain'];
    assert.throws(
      () => parseForecastMinerArgs(['--hotkey-uri', '//Bob', '--model', 'gpt', ...local]),
      /--model/,
    );
    assert.throws(
      () => parseForecastMinerArgs(['--hotkey-uri', '//Bob', '--port', '70000', ...local]),
      /--port/,
    );
    assert.throws(() => parseForecastMinerArgs(['--port', '1', ...local]), /--hotkey-uri/);
  });
});
