import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  answerForecastTask,
  createForecastTask,
  type Forecaster,
  holtWintersForecaster,
  RevealBook,
  sanitizePrediction,
  verifyReveal,
} from '@taonet/subnet-forecast';

const HOTKEY = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const VALIDATOR = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

describe('answerForecastTask', () => {
  it('commits to the model forecast and keeps an opening reveal', async () => {
    const { task } = createForecastTask({ seed: 'miner-1', source: 'synthetic' });
    const answer = await answerForecastTask(holtWintersForecaster, task, HOTKEY);
    assert.equal(answer.modelOk, true);
    assert.equal(answer.reveal.point.length, task.horizon);
    assert.equal(answer.reveal.quantiles?.length, 5);
    assert.equal(verifyReveal(HOTKEY, task.task_id, answer.commit.commitment, answer.reveal).ok, true);
  });

  it('falls back to the last value when the model throws or returns garbage', async () => {
    const task = { task_id: 't', history: [1, 2, 3], horizon: 2, interval_s: 60 };
    const broken: Forecaster = {
      name: 'broken',
      forecast: async () => {
        throw new Error('no');
      },
    };
    const garbage: Forecaster = { name: 'garbage', forecast: async () => ({ point: [Number.NaN, 1] }) };
    for (const model of [broken, garbage]) {
      const answer = await answerForecastTask(model, task, HOTKEY);
      assert.equal(answer.modelOk, false);
      assert.deepEqual(answer.reveal.point, [3, 3]);
    }
    await assert.rejects(
      answerForecastTask(broken, { ...task, horizon: 0 }, HOTKEY),
      /malformed forecast task/,
    );
  });

  it('keeps only usable quantiles', () => {
    assert.equal(sanitizePrediction({ point: [1] }, 2), null);
    assert.deepEqual(sanitizePrediction({ point: [1, 2], quantiles: 'x' }, 2), { point: [1, 2] });
    assert.deepEqual(
      sanitizePrediction(
        {
          point: [1, 2],
          quantiles: [null, { q: 2, values: [1, 2] }, { q: 0.5, values: [1, 2], extra: true }],
        },
        2,
      ),
      { point: [1, 2], quantiles: [{ q: 0.5, values: [1, 2] }] },
    );
  });
});

describe('RevealBook', () => {
  it('hands a reveal only to the validator that sent the task, bounded and persistable', () => {
    const book = new RevealBook(2);
    const reveal = (id: string) => ({ task_id: id, point: [1], salt: '0'.repeat(32) });
    book.put(VALIDATOR, reveal('a'));
    book.put(VALIDATOR, reveal('b'));
    assert.deepEqual(book.get(VALIDATOR, 'a'), reveal('a'));
    assert.equal(book.get(HOTKEY, 'a'), undefined);
    book.put(VALIDATOR, reveal('c'));
    assert.equal(book.size, 2);
    assert.equal(book.get(VALIDATOR, 'a'), undefined);
    const restored = RevealBook.fromJSON(JSON.parse(JSON.stringify(book)), 2);
    assert.deepEqual(restored.toJSON(), book.toJSON());
    assert.equal(restored.delete(VALIDATOR, 'b'), true);
    assert.equal(RevealBook.fromJSON('junk').size, 0);
  });
});
