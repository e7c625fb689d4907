import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import { createOcrRequest, OcrResponseSchema, WeakOcrEngine } from '../../src/index.js';

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('WeakOcrEngine', () => {
  it('answers valid, reproducible random lines inside the image', async () => {
    const weak = new WeakOcrEngine({ seed: 's' });
    const request = createOcrRequest(PNG_1X1, 800, 600, 'task-1');
    const a = await weak.recognize(request);
    assert.ok(OcrResponseSchema.safeParse(a).success);
    assert.ok(a.lines.length >= 5);
    assert.deepEqual(await new WeakOcrEngine({ seed: 's' }).recognize(request), a);
    assert.notDeepEqual(await weak.recognize({ ...request, task_id: 'task-2' }), a);
    for (const line of a.lines)
      assert.ok(line.box.every(([x, y]) => x >= 0 && x <= 800 && y >= 0 && y <= 600));
  });

  it('replays its first answer in cached mode', async () => {
    const weak = new WeakOcrEngine({ mode: 'cached' });
    const first = await weak.recognize(createOcrRequest(PNG_1X1, 800, 600, 'task-1'));
    assert.deepEqual(await weak.recognize(createOcrRequest(PNG_1X1, 1000, 900, 'task-9')), first);
  });

  it('refuses a malformed request like the real engine', async () => {
    await assert.rejects(new WeakOcrEngine().recognize({ width: 3 }), (e: unknown) =>
      isTaonetError(e, 'OCR_BAD_REQUEST'),
    );
  });
});
