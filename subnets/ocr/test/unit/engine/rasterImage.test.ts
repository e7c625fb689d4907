import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createCanvas } from '@napi-rs/canvas';
import { decodePng, readPngSize, toDetectionInput, toLineInput } from '../../../src/index.js';

function solidPng(width: number, height: number, color: string): Buffer {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, width, height);
  return canvas.toBuffer('image/png');
}

describe('rasterImage', () => {
  it('reads the size from the PNG header, null for other bytes', () => {
    assert.deepEqual(readPngSize(solidPng(37, 21, '#fff')), { width: 37, height: 21 });
    assert.equal(readPngSize(new Uint8Array(40)), null);
    assert.equal(readPngSize(new Uint8Array([137, 80, 78, 71])), null);
  });

  it('pads the detection input with white to multiples of 32 and scales down long sides', async () => {
    const image = await decodePng(solidPng(100, 40, '#000'));
    const input = toDetectionInput(image, 1280);
    assert.deepEqual([input.width, input.height, input.scale], [128, 64, 1]);
    const n = input.width * input.height;
    const blue = (v: number) => (v / 255 - 0.485) / 0.229;
    assert.ok(Math.abs((input.tensor[0] as number) - blue(0)) < 1e-5);
    assert.ok(Math.abs((input.tensor[127] as number) - blue(255)) < 1e-5);
    assert.equal(input.tensor.length, 3 * n);
    const small = toDetectionInput(image, 50);
    assert.equal(small.scale, 0.5);
    assert.deepEqual([small.width, small.height], [64, 32]);
  });

  it('cuts a line 48 pixels high in BGR planes in [0, 1]', async () => {
    const image = await decodePng(solidPng(200, 60, 'rgb(255, 128, 0)'));
    const line = toLineInput(image, { cx: 100, cy: 30, ux: 1, uy: 0, width: 120, height: 24 }, 48, 2400);
    assert.equal(line.width, 240);
    const plane = 48 * 240;
    assert.ok(Math.abs((line.tensor[0] as number) - 0) < 1e-6);
    assert.ok(Math.abs((line.tensor[plane] as number) - 128 / 255) < 1e-6);
    assert.ok(Math.abs((line.tensor[2 * plane + 100] as number) - 1) < 1e-6);
    const capped = toLineInput(image, { cx: 100, cy: 30, ux: 1, uy: 0, width: 190, height: 2 }, 48, 500);
    assert.equal(capped.width, 500);
  });
});
