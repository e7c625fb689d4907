/**
 * Draws a laid-out page with @napi-rs/canvas (Skia): paper tint, dark ink, the whole page turned by a small
 * angle about the image centre, then scanner-like noise (grain and speckles) from the seeded generator, and
 * encodes it as PNG. Same layout, angle, noise and generator state give the same PNG bytes.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { FontFace } from './fontCatalog.js';
import type { MeasureText, PageLayout } from './layoutDocument.js';
import type { SeededRandom } from './seededRandom.js';

export interface RenderOpts {
  readonly width: number;
  readonly height: number;
  /** page rotation about the image centre, radians, clockwise on screen */
  readonly angle: number;
  /** 0 = clean; 1 = grain on 8% of the pixels and a speckle per 4,000 pixels */
  readonly noise: number;
}

export function cssFont(face: FontFace, size: number): string {
  return `${size}px ${face.family}`;
}

let measureContext: SKRSContext2D | undefined;

/** Ink metrics of `text` as canvas draws it. */
export const measureWithCanvas: MeasureText = (text, face, size) => {
  measureContext ??= createCanvas(8, 8).getContext('2d');
  measureContext.font = cssFont(face, size);
  const m = measureContext.measureText(text);
  return {
    left: m.actualBoundingBoxLeft,
    right: m.actualBoundingBoxRight,
    ascent: m.actualBoundingBoxAscent,
    descent: m.actualBoundingBoxDescent,
  };
};

/**
 * Adds grain and speckles to RGBA pixels in place. Grain is sparse (a fraction 0.08 x level of the pixels,
 * shifted by a triangular variate of sd 40 x level gray levels) so the PNG stays compressible.
 */
export function addScanNoise(
  data: Uint8ClampedArray,
  width: number,
  height: number,
  level: number,
  rng: SeededRandom,
) {
  if (level <= 0) return;
  const threshold = Math.round(0.08 * level * 65536);
  const scale = (40 * level) / 104.5; // 104.5 = sd of the sum of two uniform bytes
  for (let i = 0; i < data.length; i += 4) {
    const u = rng.nextU32();
    if ((u & 0xffff) >= threshold) continue;
    const n = (((u >>> 16) & 255) + (u >>> 24) - 255) * scale;
    data[i] = (data[i] as number) + n;
    data[i + 1] = (data[i + 1] as number) + n;
    data[i + 2] = (data[i + 2] as number) + n;
  }
  const speckles = Math.round((level * width * height) / 4000);
  for (let s = 0; s < speckles; s++) {
    const cx = rng.int(0, width - 1);
    const cy = rng.int(0, height - 1);
    const r = rng.int(0, 1);
    const value = rng.chance(0.7) ? rng.int(0, 110) : 255;
    for (let y = Math.max(0, cy - r); y <= Math.min(height - 1, cy + r); y++) {
      for (let x = Math.max(0, cx - r); x <= Math.min(width - 1, cx + r); x++) {
        const i = (y * width + x) * 4;
        data[i] = value;
        data[i + 1] = value;
        data[i + 2] = value;
      }
    }
  }
}

function rgb(r: number, g: number, b: number): string {
  return `rgb(${r}, ${g}, ${b})`;
}

export function renderDocument(layout: PageLayout, opts: RenderOpts, rng: SeededRandom): Buffer {
  const { width, height } = opts;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const paper = rng.int(236, 255);
  ctx.fillStyle = rgb(paper, paper - rng.int(0, 4), paper - rng.int(0, 12));
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate(opts.angle);
  ctx.translate(-width / 2, -height / 2);
  const ink = rng.int(10, 60);
  ctx.fillStyle = rgb(ink, ink, ink + rng.int(0, 40));
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  for (const line of layout.lines) {
    ctx.font = cssFont(line.face, line.size);
    ctx.fillText(line.text, line.x, line.y);
  }
  ctx.fillStyle = rgb(150, 150, 150);
  for (const rule of layout.rules) ctx.fillRect(rule.x0, rule.y0, rule.x1 - rule.x0, rule.y1 - rule.y0);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (opts.noise > 0) {
    const image = ctx.getImageData(0, 0, width, height);
    addScanNoise(image.data, width, height, opts.noise, rng);
    ctx.putImageData(image, 0, 0);
  }
  return canvas.toBuffer('image/png');
}
