import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DETECT_OPTS, detectTextBoxes } from '../../../src/index.js';

function probMap(
  width: number,
  height: number,
  blobs: [number, number, number, number, number][],
): Float32Array {
  const map = new Float32Array(width * height);
  for (const [x0, y0, w, h, p] of blobs) {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) map[y * width + x] = p;
  }
  return map;
}

describe('detectTextBoxes', () => {
  it('finds each confident region and grows it by the unclip ratio', () => {
    const map = probMap(200, 100, [
      [10, 10, 100, 10, 0.9],
      [10, 50, 40, 8, 0.95],
      [150, 60, 2, 2, 0.99], // too small
      [150, 20, 30, 10, 0.45], // above the pixel threshold, below the box threshold
    ]);
    const boxes = detectTextBoxes(map, 200, 100, DEFAULT_DETECT_OPTS);
    assert.equal(boxes.length, 2);
    const wide = boxes.find((b) => b.rect.width > 100);
    assert.ok(wide !== undefined);
    const d = (100 * 10 * 1.5) / 220;
    assert.ok(Math.abs(wide.rect.width - (100 + 2 * d)) < 1e-9);
    assert.ok(Math.abs(wide.rect.height - (10 + 2 * d)) < 1e-9);
    assert.ok(Math.abs(wide.rect.cx - 60) < 1e-9 && Math.abs(wide.rect.cy - 15) < 1e-9);
    assert.ok(Math.abs(wide.score - 0.9) < 1e-6);
  });

  it('keeps only the largest regions beyond maxBoxes', () => {
    const blobs: [number, number, number, number, number][] = [];
    for (let i = 0; i < 10; i++) blobs.push([5 + i * 19, 5, 10 + i, 6, 0.9]);
    const boxes = detectTextBoxes(probMap(200, 20, blobs), 200, 20, { ...DEFAULT_DETECT_OPTS, maxBoxes: 3 });
    assert.equal(boxes.length, 3);
    assert.ok(boxes.every((b) => b.rect.width > 17));
  });
});
