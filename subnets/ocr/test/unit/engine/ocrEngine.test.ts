import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import {
  createOcrRequest,
  createOcrTask,
  OcrEngine,
  type OcrResponse,
  OcrResponseSchema,
  type OcrTask,
  scoreOcrResponse,
  WeakOcrEngine,
} from '../../../src/index.js';

/**
 * One real PP-OCRv4 run (about 1 s) on a clean synthesized page (no noise, no rotation, every block kind).
 * Measured CER on 10 such pages: 0.25% to 3.5%, mean 1.75% (what remains is mostly spaces the recognizer
 * drops in narrow fonts at 16 px). 0.06 leaves room for other CPUs, and still fails a broken pipeline:
 * PaddleOCR's own [-1, 1] recognizer input already gives 0.08 on a dense page, a swapped channel order more.
 */
const MAX_CLEAN_CER = 0.06;

describe('OcrEngine (PP-OCRv4)', () => {
  let engine: OcrEngine;
  let task: OcrTask;
  let answer: OcrResponse;
  let latencyMs: number;

  before(async () => {
    engine = await OcrEngine.create();
    task = createOcrTask('ocr-engine-test', { noise: 0, maxRotationDeg: 0 });
    const t = performance.now();
    answer = await engine.recognize(task.request);
    latencyMs = performance.now() - t;
  });

  after(async () => {
    await engine.close();
  });

  it(`reads a clean synthesized page with CER below ${MAX_CLEAN_CER} and boxes on the text`, () => {
    assert.ok(OcrResponseSchema.safeParse(answer).success);
    const s = scoreOcrResponse(task.truth, answer, latencyMs);
    assert.ok(s.cer < MAX_CLEAN_CER, `CER ${s.cer} over ${task.truth.lines.length} lines`);
    assert.ok(s.boxScore > 0.9, `box h-mean ${s.boxScore}`);
    assert.ok(s.score > 0.75, `score ${s.score} (${Math.round(latencyMs)} ms)`);
  });

  it('scores far above the weak miners on the same page', async () => {
    const real = scoreOcrResponse(task.truth, answer, latencyMs).score;
    for (const mode of ['random', 'cached'] as const) {
      const weak = await new WeakOcrEngine({ mode }).recognize(task.request);
      const s = scoreOcrResponse(task.truth, weak, 1);
      assert.ok(s.score < 0.1 && real - s.score > 0.6, `${mode}: weak ${s.score}, real ${real}`);
    }
  });

  it('refuses a request whose PNG does not match it, or is not a PNG', async () => {
    const wrongSize = { ...task.request, width: task.request.width + 1 };
    await assert.rejects(engine.recognize(wrongSize), (e: unknown) => isTaonetError(e, 'OCR_BAD_REQUEST'));
    const notPng = createOcrRequest(new Uint8Array([1, 2, 3, 4]), 10, 10, 'x');
    await assert.rejects(engine.recognize(notPng), (e: unknown) => isTaonetError(e, 'OCR_BAD_REQUEST'));
    await assert.rejects(engine.recognize({}), (e: unknown) => isTaonetError(e, 'OCR_BAD_REQUEST'));
    // a header announcing 30000 x 30000 pixels is refused before anything is decoded
    const bomb = Buffer.from(task.truth.png);
    bomb.writeUInt32BE(30000, 16);
    bomb.writeUInt32BE(30000, 20);
    await assert.rejects(engine.recognizePng(bomb), (e: unknown) => isTaonetError(e, 'OCR_BAD_REQUEST'));
    const mismatch = createOcrRequest(bomb, 30000, 30000, 'bomb');
    await assert.rejects(engine.recognize(mismatch), (e: unknown) => isTaonetError(e, 'OCR_BAD_REQUEST'));
  });
});
