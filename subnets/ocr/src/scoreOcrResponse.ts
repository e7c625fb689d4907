/**
 * `scoreOcrResponse(truth, response, latencyMs, opts)`: a validator's score in [0, 1] for one miner's
 * answer to one synthesized document. It never throws: an answer that is not an OcrResponse within the
 * synapse limits scores 0. With n true lines, m answered lines:
 *
 * - box agreement (the boxes are the miner's evidence): true and answered boxes are paired one-to-one,
 *   greedily by decreasing IoU (intersection over union of the quadrilaterals), pairs with IoU >= 0.5 count;
 *   P = pairs / m, R = pairs / n, box = 2PR / (P + R) (ICDAR-style h-mean).
 * - text: each answered line goes to the true line its box overlaps most, if the overlap covers at least
 *   half of the smaller box; a true line's answer is its lines in reading order joined by spaces.
 *   CER = (sum of Levenshtein(truth, answer) + characters of unassigned answered lines) / true characters,
 *   on normalized text (NFKC, ASCII quotes, single spaces); text = max(0, 1 - CER).
 * - latency: 1 up to `targetLatencyMs`, falling linearly to 0 at `timeoutMs`.
 * - score = (0.65 text + 0.35 box) x (0.8 + 0.2 latency): latency only scales what quality earned, so an
 *   instant empty answer earns nothing.
 */

import { OCR_LIMITS, OcrResponseSchema } from './ocrSynapse.js';
import {
  type Aabb,
  aabbOf,
  centroid,
  clipConvex,
  convexHull,
  type Point,
  polygonArea,
} from './quadGeometry.js';
import type { DocumentTruth } from './synthesizeDocument.js';
import { levenshtein, normalizeOcrText, textLength } from './textDistance.js';

export interface ScoreOpts {
  /** weights of text and box agreement in the quality (defaults 0.65, 0.35; they should sum to 1) */
  readonly textWeight?: number;
  readonly boxWeight?: number;
  /** share of the score that latency can take away (default 0.2) */
  readonly latencyWeight?: number;
  readonly targetLatencyMs?: number;
  readonly timeoutMs?: number;
  /** IoU for a box pair to count (default 0.5) */
  readonly iouThreshold?: number;
  /** overlap / smaller area for an answered line to be read as part of a true line (default 0.5) */
  readonly minOverlap?: number;
}

export interface OcrScore {
  /** final score in [0, 1] */
  readonly score: number;
  readonly valid: boolean;
  /** why the answer was rejected, when it was */
  readonly reason?: string;
  /** character error rate (may exceed 1 for answers longer than the truth) */
  readonly cer: number;
  readonly textScore: number;
  readonly boxScore: number;
  readonly boxPrecision: number;
  readonly boxRecall: number;
  readonly latencyScore: number;
  readonly truthLines: number;
  readonly answerLines: number;
  readonly matchedBoxes: number;
}

export const DEFAULT_SCORE_OPTS: Required<ScoreOpts> = {
  textWeight: 0.65,
  boxWeight: 0.35,
  latencyWeight: 0.2,
  targetLatencyMs: 2000,
  timeoutMs: 12000,
  iouThreshold: 0.5,
  minOverlap: 0.5,
};

interface Shape {
  readonly text: string;
  readonly hull: Point[];
  readonly area: number;
  readonly aabb: Aabb;
  readonly center: Point;
  /** unit direction of the text: first corner to second (top-left to top-right) */
  readonly direction: Point;
}

function toShape(text: string, corners: readonly Point[]): Shape {
  const hull = convexHull(corners);
  const area = hull.length >= 3 ? polygonArea(hull) : 0;
  const [a, b] = corners as readonly [Point, Point];
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const direction: Point = len > 0 ? [(b[0] - a[0]) / len, (b[1] - a[1]) / len] : [1, 0];
  return {
    text: normalizeOcrText(text),
    hull,
    area,
    aabb: aabbOf(corners),
    center: centroid(corners),
    direction,
  };
}

function overlaps(a: Aabb, b: Aabb): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Intersection areas of every (truth, answer) pair whose boxes overlap: [t, a, area]. */
function intersections(truth: readonly Shape[], answer: readonly Shape[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [t, ts] of truth.entries()) {
    for (const [a, as] of answer.entries()) {
      if (ts.area <= 0 || as.area <= 0 || !overlaps(ts.aabb, as.aabb)) continue;
      const area = polygonArea(clipConvex(as.hull, ts.hull));
      if (area > 0) out.push([t, a, area]);
    }
  }
  return out;
}

function matchBoxes(
  truth: readonly Shape[],
  answer: readonly Shape[],
  inter: readonly [number, number, number][],
  iouMin: number,
): number {
  const pairs = inter
    .map(([t, a, area]) => ({
      t,
      a,
      iou: area / ((truth[t] as Shape).area + (answer[a] as Shape).area - area),
    }))
    .filter((p) => p.iou >= iouMin)
    .sort((x, y) => y.iou - x.iou || x.t - y.t || x.a - y.a);
  const usedT = new Set<number>();
  const usedA = new Set<number>();
  for (const p of pairs) {
    if (usedT.has(p.t) || usedA.has(p.a)) continue;
    usedT.add(p.t);
    usedA.add(p.a);
  }
  return usedT.size;
}

/** Distance of a true line to its answer; bloated answers get the upper bound instead of a quadratic run. */
function lineDistance(truth: string, answer: string): number {
  const lt = textLength(truth);
  const la = textLength(answer);
  if (la > 4 * lt + 64) return Math.max(lt, la);
  return levenshtein(truth, answer);
}

function characterErrors(
  truth: readonly Shape[],
  answer: readonly Shape[],
  inter: readonly [number, number, number][],
  minOverlap: number,
) {
  const best = new Map<number, { t: number; area: number }>();
  for (const [t, a, area] of inter) {
    const ratio = area / Math.min((truth[t] as Shape).area, (answer[a] as Shape).area);
    const current = best.get(a);
    if (ratio >= minOverlap && (current === undefined || area > current.area)) best.set(a, { t, area });
  }
  const parts = truth.map(() => [] as Shape[]);
  let errors = 0;
  for (const [a, shape] of answer.entries()) {
    const hit = best.get(a);
    if (hit === undefined) errors += textLength(shape.text);
    else parts[hit.t]?.push(shape);
  }
  for (const [t, shape] of truth.entries()) {
    const along = (s: Shape) => s.center[0] * shape.direction[0] + s.center[1] * shape.direction[1];
    const text = (parts[t] ?? [])
      .sort((x, y) => along(x) - along(y))
      .map((s) => s.text)
      .join(' ');
    errors += lineDistance(shape.text, text);
  }
  return errors;
}

export function latencyCredit(latencyMs: number, target: number, timeout: number): number {
  if (!Number.isFinite(latencyMs)) return 0;
  if (latencyMs <= target) return 1;
  if (latencyMs >= timeout) return 0;
  return (timeout - latencyMs) / (timeout - target);
}

function rejected(truth: DocumentTruth, reason: string): OcrScore {
  return {
    score: 0,
    valid: false,
    reason,
    cer: 1,
    textScore: 0,
    boxScore: 0,
    boxPrecision: 0,
    boxRecall: 0,
    latencyScore: 0,
    truthLines: truth.lines.length,
    answerLines: 0,
    matchedBoxes: 0,
  };
}

function parseAnswer(response: unknown): { lines: { text: string; box: Point[] }[] } | string {
  if (typeof response !== 'object' || response === null) return 'not an object';
  const lines = (response as { lines?: unknown }).lines;
  if (!Array.isArray(lines)) return 'lines is not an array';
  if (lines.length > OCR_LIMITS.maxLines) return `more than ${OCR_LIMITS.maxLines} lines`;
  const parsed = OcrResponseSchema.safeParse(response);
  return parsed.success ? parsed.data : `malformed: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
}

export function scoreOcrResponse(
  truth: DocumentTruth,
  response: unknown,
  latencyMs: number,
  opts: ScoreOpts = {},
): OcrScore {
  const o = { ...DEFAULT_SCORE_OPTS, ...opts };
  try {
    const parsed = parseAnswer(response);
    if (typeof parsed === 'string') return rejected(truth, parsed);
    const truthShapes = truth.lines.map((l) => toShape(l.text, l.quad));
    const answerShapes = parsed.lines.map((l) => toShape(l.text, l.box));
    const inter = intersections(truthShapes, answerShapes);
    const matched = matchBoxes(truthShapes, answerShapes, inter, o.iouThreshold);
    const n = truthShapes.length;
    const m = answerShapes.length;
    const precision = m === 0 ? (n === 0 ? 1 : 0) : matched / m;
    const recall = n === 0 ? (m === 0 ? 1 : 0) : matched / n;
    const boxScore = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    const truthChars = truthShapes.reduce((sum, s) => sum + textLength(s.text), 0);
    const errors = characterErrors(truthShapes, answerShapes, inter, o.minOverlap);
    const cer = truthChars === 0 ? (errors === 0 ? 0 : 1) : errors / truthChars;
    const textScore = Math.max(0, 1 - cer);
    const latencyScore = latencyCredit(latencyMs, o.targetLatencyMs, o.timeoutMs);
    const quality = o.textWeight * textScore + o.boxWeight * boxScore;
    const score = Math.min(1, Math.max(0, quality * (1 - o.latencyWeight + o.latencyWeight * latencyScore)));
    return {
      score,
      valid: true,
      cer,
      textScore,
      boxScore,
      boxPrecision: precision,
      boxRecall: recall,
      latencyScore,
      truthLines: n,
      answerLines: m,
      matchedBoxes: matched,
    };
  } catch (cause) {
    return rejected(truth, `scoring failed: ${String(cause)}`);
  }
}
