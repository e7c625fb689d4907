import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import {
  createOcrRequest,
  decodeOcrRequest,
  OCR_LIMITS,
  OcrRequestSchema,
  toOcrLine,
} from '../../src/index.js';

describe('ocrSynapse', () => {
  it('round-trips the PNG bytes through a request', () => {
    const png = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    const request = createOcrRequest(png, 10, 20, 'abc');
    assert.ok(OcrRequestSchema.safeParse(request).success);
    const { png: back } = decodeOcrRequest(request);
    assert.deepEqual(new Uint8Array(back), png);
  });

  it('rejects bad requests with OCR_BAD_REQUEST', () => {
    const good = createOcrRequest(new Uint8Array([1, 2, 3]), 10, 20, 'abc');
    for (const bad of [
      null,
      { ...good, width: 0 },
      { ...good, height: OCR_LIMITS.maxSide + 1 },
      { ...good, width: 1.5 },
      { ...good, task_id: '' },
      { ...good, image_png_b64: 'not base64!' },
      { ...good, image_png_b64: '' },
    ]) {
      assert.throws(
        () => decodeOcrRequest(bad),
        (e: unknown) => isTaonetError(e, 'OCR_BAD_REQUEST'),
      );
    }
  });

  it('rounds boxes to 0.1 px and clamps confidence', () => {
    const line = toOcrLine(
      'x',
      [
        [1.234, 2.26],
        [3, 4],
        [5, 6],
        [7, 8],
      ],
      1.2,
    );
    assert.deepEqual(line.box[0], [1.2, 2.3]);
    assert.equal(line.confidence, 1);
  });
});
