import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import { createConcurrencyLimit } from '../../../src/index.js';

describe('createConcurrencyLimit', () => {
  it('runs at most n jobs at once, queues the rest, refuses beyond the queue', async () => {
    const limit = createConcurrencyLimit(1, 1);
    let running = 0;
    let peak = 0;
    const gates: (() => void)[] = [];
    const job = () =>
      limit.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running--;
        return 'done';
      });
    const a = job();
    const b = job();
    await assert.rejects(job(), (e: unknown) => isTaonetError(e, 'OCR_BUSY'));
    assert.deepEqual([limit.active, limit.waiting], [1, 1]);
    gates.shift()?.();
    assert.equal(await a, 'done');
    await new Promise((r) => setImmediate(r));
    gates.shift()?.();
    assert.equal(await b, 'done');
    assert.equal(peak, 1);
    assert.deepEqual([limit.active, limit.waiting], [0, 0]);
    await assert.rejects(
      limit.run(async () => {
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(limit.active, 0);
    assert.throws(() => createConcurrencyLimit(0, 1), RangeError);
  });
});
