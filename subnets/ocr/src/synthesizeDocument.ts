/**
 * `synthesizeDocument(seed, opts)`: a validator's OCR challenge. A seed decides everything (text, faces,
 * sizes, blocks, rotation, noise): the same seed, options, fonts and canvas version give the same PNG bytes
 * and the same ground truth. The truth keeps every drawn text line with its box after rotation, both as a
 * quadrilateral (clockwise from the top-left corner of the text) and as its axis-aligned bounding box. A
 * box is the line's ink box grown by TRUTH_BOX_MARGIN x font size on every side: the margin text detectors
 * put around text (with it, PP-OCRv4's boxes meet the truth at IoU 0.87 on average; 0.67 without).
 */
import { type Corpus, DocumentText, loadDefaultCorpus } from './documentText.js';
import { type FontCatalogOpts, loadFontCatalog } from './fontCatalog.js';
import { type BlockKind, BODY_BLOCKS, layoutDocument, type PlacedLine } from './layoutDocument.js';
import { type Aabb, aabbOf, aabbToQuad, type Point, type Quad, rotatePoint } from './quadGeometry.js';
import { measureWithCanvas, renderDocument } from './renderDocument.js';
import { type Seed, SeededRandom } from './seededRandom.js';

export interface SynthesizeOpts {
  /** image size in pixels (defaults 1200 x 820) */
  readonly width?: number;
  readonly height?: number;
  /** the page turns by an angle drawn uniformly in [-max, max] degrees (default 3) */
  readonly maxRotationDeg?: number;
  /** the noise level is drawn uniformly in [0, noise] (default 0.5; 0 = clean) */
  readonly noise?: number;
  /** body text sizes in pixels (defaults 16..26); titles are 1.3-1.6x the largest */
  readonly minFontSize?: number;
  readonly maxFontSize?: number;
  /** block kinds to draw from (default all: paragraph, columns, table, fields) */
  readonly blocks?: readonly BlockKind[];
  readonly fonts?: FontCatalogOpts;
  readonly corpus?: Corpus;
}

/** One line of text the way a validator keeps it. */
export interface TruthLine {
  readonly text: string;
  /** corners after rotation, clockwise from the top-left of the text (ink box plus margin) */
  readonly quad: Quad;
  /** axis-aligned bounding box of `quad` */
  readonly box: Aabb;
  readonly block: BlockKind;
  readonly fontSize: number;
  readonly fontFile: string;
}

/** What scoring needs: the image size and the lines (text and quadrilateral). */
export interface DocumentTruth {
  readonly width: number;
  readonly height: number;
  readonly lines: readonly { readonly text: string; readonly quad: Quad }[];
}

export interface SynthesizedDocument extends DocumentTruth {
  readonly seed: string;
  readonly png: Buffer;
  readonly lines: readonly TruthLine[];
  readonly angleDeg: number;
  readonly noise: number;
}

function checkSize(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer in [${min}, ${max}], got ${value}`);
  }
  return value;
}

/** Truth boxes are the ink box grown by this share of the font size on every side (see README). */
export const TRUTH_BOX_MARGIN = 0.2;

function rotatedQuad(line: PlacedLine, center: Point, angle: number): Quad {
  const pad = TRUTH_BOX_MARGIN * line.size;
  const { x0, y0, x1, y1 } = line.box;
  const [a, b, c, d] = aabbToQuad({ x0: x0 - pad, y0: y0 - pad, x1: x1 + pad, y1: y1 + pad });
  return [
    rotatePoint(a, center, angle),
    rotatePoint(b, center, angle),
    rotatePoint(c, center, angle),
    rotatePoint(d, center, angle),
  ];
}

function isInside(quad: Quad, width: number, height: number): boolean {
  return quad.every(([x, y]) => x >= 0.5 && y >= 0.5 && x <= width - 0.5 && y <= height - 0.5);
}

export function synthesizeDocument(seed: Seed, opts: SynthesizeOpts = {}): SynthesizedDocument {
  const width = checkSize('width', opts.width ?? 1200, 200, 4096);
  const height = checkSize('height', opts.height ?? 820, 150, 4096);
  const minFontSize = checkSize('minFontSize', opts.minFontSize ?? 16, 8, 200);
  const maxFontSize = checkSize('maxFontSize', opts.maxFontSize ?? 26, minFontSize, 200);
  const fonts = loadFontCatalog(opts.fonts);
  const rng = new SeededRandom(seed);
  const layoutRng = rng.fork('layout');
  const text = new DocumentText(rng.fork('text'), opts.corpus ?? loadDefaultCorpus());
  const margin = Math.round(Math.min(width, height) * 0.05);
  const maxRotationDeg = opts.maxRotationDeg ?? 3;
  const angleDeg = maxRotationDeg > 0 ? rng.range(-maxRotationDeg, maxRotationDeg) : 0;
  const noise = (opts.noise ?? 0.5) > 0 ? rng.range(0, opts.noise ?? 0.5) : 0;
  const layout = layoutDocument(layoutRng, text, fonts, measureWithCanvas, {
    width,
    height,
    margin,
    minFontSize,
    maxFontSize,
    blocks: opts.blocks ?? BODY_BLOCKS,
  });
  const angle = (angleDeg * Math.PI) / 180;
  const center: Point = [width / 2, height / 2];
  const kept = layout.lines
    .map((line) => ({ line, quad: rotatedQuad(line, center, angle) }))
    .filter(({ quad }) => isInside(quad, width, height));
  const png = renderDocument(
    { lines: kept.map((k) => k.line), rules: layout.rules },
    { width, height, angle, noise },
    rng.fork('render'),
  );
  const lines: TruthLine[] = kept.map(({ line, quad }) => ({
    text: line.text,
    quad,
    box: aabbOf(quad),
    block: line.block,
    fontSize: line.size,
    fontFile: line.face.file,
  }));
  return { seed: String(seed), width, height, png, lines, angleDeg, noise };
}
