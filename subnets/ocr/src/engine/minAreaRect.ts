/**
 * Rotated rectangles for text detection: the minimum-area rectangle around a convex hull (rotating calipers:
 * the optimum has a side on a hull edge), oriented so its first axis is the one nearest to horizontal and
 * points right, with its second axis pointing down; DB's "unclip" growth; and its corners.
 */
import type { Point, Quad } from '../quadGeometry.js';

export interface RotatedRect {
  readonly cx: number;
  readonly cy: number;
  /** unit vector along the text (|angle| <= 45 degrees, ux > 0); the other axis is (-uy, ux), pointing down */
  readonly ux: number;
  readonly uy: number;
  /** extent along u */
  readonly width: number;
  /** extent along the other axis */
  readonly height: number;
}

function orient(cx: number, cy: number, ux: number, uy: number, a: number, b: number): RotatedRect {
  // (ux, uy) spans extent a, (-uy, ux) spans extent b; pick the axis nearest to horizontal and point it right
  if (Math.abs(ux) >= Math.abs(uy)) {
    return ux >= 0
      ? { cx, cy, ux, uy, width: a, height: b }
      : { cx, cy, ux: -ux, uy: -uy, width: a, height: b };
  }
  const vx = -uy;
  const vy = ux;
  return vx >= 0
    ? { cx, cy, ux: vx, uy: vy, width: b, height: a }
    : { cx, cy, ux: -vx, uy: -vy, width: b, height: a };
}

/** The minimum-area rectangle containing a convex hull (points in order); null for fewer than 3 points. */
export function minAreaRect(hull: readonly Point[]): RotatedRect | null {
  if (hull.length < 3) return null;
  let best: RotatedRect | null = null;
  let bestArea = Number.POSITIVE_INFINITY;
  for (let i = 0; i < hull.length; i++) {
    const [x0, y0] = hull[i] as Point;
    const [x1, y1] = hull[(i + 1) % hull.length] as Point;
    const len = Math.hypot(x1 - x0, y1 - y0);
    if (len === 0) continue;
    const ux = (x1 - x0) / len;
    const uy = (y1 - y0) / len;
    let minU = Number.POSITIVE_INFINITY;
    let maxU = Number.NEGATIVE_INFINITY;
    let minV = Number.POSITIVE_INFINITY;
    let maxV = Number.NEGATIVE_INFINITY;
    for (const [x, y] of hull) {
      const pu = x * ux + y * uy;
      const pv = -x * uy + y * ux;
      minU = Math.min(minU, pu);
      maxU = Math.max(maxU, pu);
      minV = Math.min(minV, pv);
      maxV = Math.max(maxV, pv);
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea) {
      bestArea = area;
      const mu = (minU + maxU) / 2;
      const mv = (minV + maxV) / 2;
      best = orient(mu * ux - mv * uy, mu * uy + mv * ux, ux, uy, maxU - minU, maxV - minV);
    }
  }
  return best;
}

/** DB's unclip: every side moves out by area * ratio / perimeter (the offset polygon's bounding rectangle). */
export function unclipRect(rect: RotatedRect, ratio: number): RotatedRect {
  const perimeter = 2 * (rect.width + rect.height);
  const d = perimeter > 0 ? (rect.width * rect.height * ratio) / perimeter : 0;
  return { ...rect, width: rect.width + 2 * d, height: rect.height + 2 * d };
}

export function scaleRect(rect: RotatedRect, factor: number): RotatedRect {
  return {
    ...rect,
    cx: rect.cx * factor,
    cy: rect.cy * factor,
    width: rect.width * factor,
    height: rect.height * factor,
  };
}

/** Corners clockwise on screen from the top-left: the synapse's box order. */
export function rectCorners(rect: RotatedRect): Quad {
  const hx = (rect.ux * rect.width) / 2;
  const hy = (rect.uy * rect.width) / 2;
  const vx = (-rect.uy * rect.height) / 2;
  const vy = (rect.ux * rect.height) / 2;
  const { cx, cy } = rect;
  return [
    [cx - hx - vx, cy - hy - vy],
    [cx + hx - vx, cy + hy - vy],
    [cx + hx + vx, cy + hy + vy],
    [cx - hx + vx, cy - hy + vy],
  ];
}
