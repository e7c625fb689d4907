/**
 * DB (Differentiable Binarization) post-processing, as PaddleOCR's DBPostProcess does it: threshold the
 * text-probability map, take each connected region (8-connectivity), fit its minimum-area rectangle, drop
 * small or unsure regions (mean probability below `boxThreshold`), then grow the rectangle by the unclip
 * ratio (the model predicts shrunk text kernels). Pure JS on the model's output, no OpenCV.
 */
import { convexHull, type Point } from '../quadGeometry.js';
import { minAreaRect, type RotatedRect, unclipRect } from './minAreaRect.js';

export interface DetectOpts {
  /** pixel probability above which a pixel is text (PaddleOCR det_db_thresh 0.3) */
  readonly threshold: number;
  /** minimum mean probability of a region (det_db_box_thresh 0.6) */
  readonly boxThreshold: number;
  /** growth of the kernel rectangle (det_db_unclip_ratio 1.5) */
  readonly unclipRatio: number;
  /** regions whose short side is under this many pixels are dropped (3) */
  readonly minSize: number;
  /** at most this many regions are kept (the largest), bounding the recognition work */
  readonly maxBoxes: number;
}

export interface DetectedBox {
  readonly rect: RotatedRect;
  readonly score: number;
}

const NEIGHBOURS = [-1, 0, 1];

/** Pixel indices of the 8-connected region holding `start`; marks them in `seen`, reuses `stack`. */
function floodRegion(
  mask: Uint8Array,
  seen: Uint8Array,
  stack: Int32Array,
  start: number,
  width: number,
  height: number,
) {
  const pixels: number[] = [];
  let top = 0;
  stack[top++] = start;
  seen[start] = 1;
  while (top > 0) {
    const p = stack[--top] as number;
    pixels.push(p);
    const x = p % width;
    const y = (p - x) / width;
    for (const dy of NEIGHBOURS) {
      const ny = y + dy;
      if (ny < 0 || ny >= height) continue;
      for (const dx of NEIGHBOURS) {
        const nx = x + dx;
        if (nx < 0 || nx >= width) continue;
        const q = ny * width + nx;
        if (mask[q] === 1 && seen[q] === 0) {
          seen[q] = 1;
          stack[top++] = q;
        }
      }
    }
  }
  return pixels;
}

/** Hull of a region through the outer corners of its leftmost and rightmost pixel on each row. */
function regionHull(pixels: readonly number[], width: number): Point[] {
  const rows = new Map<number, [number, number]>();
  for (const p of pixels) {
    const x = p % width;
    const y = (p - x) / width;
    const row = rows.get(y);
    if (row === undefined) rows.set(y, [x, x]);
    else {
      if (x < row[0]) row[0] = x;
      if (x > row[1]) row[1] = x;
    }
  }
  const points: Point[] = [];
  for (const [y, [x0, x1]] of rows) points.push([x0, y], [x1 + 1, y], [x0, y + 1], [x1 + 1, y + 1]);
  return convexHull(points);
}

function meanProbability(prob: Float32Array, pixels: readonly number[]): number {
  let sum = 0;
  for (const p of pixels) sum += prob[p] as number;
  return sum / pixels.length;
}

/** Text boxes of a probability map (`width` x `height`, row-major), in map pixels. */
export function detectTextBoxes(
  prob: Float32Array,
  width: number,
  height: number,
  opts: DetectOpts,
): DetectedBox[] {
  const n = width * height;
  const mask = new Uint8Array(n);
  for (let i = 0; i < n; i++) if ((prob[i] as number) > opts.threshold) mask[i] = 1;
  const seen = new Uint8Array(n);
  const stack = new Int32Array(n);
  const found: DetectedBox[] = [];
  for (let i = 0; i < n; i++) {
    if (mask[i] === 0 || seen[i] === 1) continue;
    const pixels = floodRegion(mask, seen, stack, i, width, height);
    if (pixels.length < opts.minSize * opts.minSize) continue;
    const rect = minAreaRect(regionHull(pixels, width));
    if (rect === null || Math.min(rect.width, rect.height) < opts.minSize) continue;
    const score = meanProbability(prob, pixels);
    if (score < opts.boxThreshold) continue;
    const grown = unclipRect(rect, opts.unclipRatio);
    if (Math.min(grown.width, grown.height) < opts.minSize + 2) continue;
    found.push({ rect: grown, score });
  }
  if (found.length > opts.maxBoxes) {
    found.sort((a, b) => b.rect.width * b.rect.height - a.rect.width * a.rect.height);
    found.length = opts.maxBoxes;
  }
  return found;
}
