import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeBodyHash } from '@taonet/subnet';
import { createOcrRequest, OCR_SPEC_VERSION, OcrSynapse } from '../../../src/index.js';

const request = createOcrRequest(new Uint8Array([137, 80, 78, 71, 13, 10]), 40, 30, 'task-1');

describe('OcrSynapse', () => {
  it('hashes and freezes every request field, the image included', () => {
    const fields = ['image_png_b64', 'width', 'height', 'task_id'];
    assert.deepEqual([...OcrSynapse.requiredHashFields], fields);
    assert.deepEqual([...OcrSynapse.frozenFields], fields);
    const base = computeBodyHash(OcrSynapse, OcrSynapse.create(request));
    const other = createOcrRequest(new Uint8Array([137, 80, 78, 71, 13, 11]), 40, 30, 'task-1');
    assert.notEqual(computeBodyHash(OcrSynapse, OcrSynapse.create(other)), base);
    assert.notEqual(computeBodyHash(OcrSynapse, OcrSynapse.create({ ...request, width: 41 })), base);
    const answered = OcrSynapse.create({ ...request, lines: [] });
    assert.equal(computeBodyHash(OcrSynapse, answered), base, 'the answer is not hashed');
  });

  it('deserializes to an OcrResponse, or null without lines', () => {
    assert.equal(OcrSynapse.deserialize(OcrSynapse.create(request)), null);
    const line = {
      text: 'a',
      box: [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ],
      confidence: 0.9,
    } as const;
    const synapse = OcrSynapse.create({ ...request, lines: [structuredClone(line)] as never });
    assert.deepEqual(OcrSynapse.deserialize(synapse), { lines: [line] });
  });

  it('refuses requests out of bounds', () => {
    assert.throws(() => OcrSynapse.create({ ...request, width: 0 }));
    assert.throws(() => OcrSynapse.create({ ...request, image_png_b64: 'not base64!' }));
    assert.throws(() => OcrSynapse.create({ ...request, task_id: '' }));
  });

  it('has a spec version for the weights', () => {
    assert.equal(OCR_SPEC_VERSION, 1000);
  });
});
