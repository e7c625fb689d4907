/**
 * Plane geometry of text boxes, in image pixels (x right, y down): quadrilaterals as four corners
 * clockwise from the top-left (the synapse's `box`), axis-aligned boxes, and the area of intersection of two
 * convex polygons (Sutherland-Hodgman clipping) for intersection-over-union. Any four points are accepted:
 * a box that is not convex, or is given in another order, is replaced by the convex hull of its corners.
 */

export type Point = readonly [x: number, y: number];
export type Quad = readonly [Point, Point, Point, Point];

export interface Aabb {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Signed shoelace area: positive when the points turn clockwise on screen (y down). */
export function signedArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i] as Point;
    const [x1, y1] = points[(i + 1) % points.length] as Point;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

export function polygonArea(points: readonly Point[]): number {
  return Math.abs(signedArea(points));
}

function cross(o: Point, a: Point, b: Point): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** Convex hull (Andrew's monotone chain), collinear points dropped; fewer than 3 points for a degenerate set. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  const lower: Point[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower.at(-2) as Point, lower.at(-1) as Point, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i] as Point;
    while (upper.length >= 2 && cross(upper.at(-2) as Point, upper.at(-1) as Point, p) <= 0) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

function intersectSegment(p: Point, q: Point, a: Point, b: Point): Point {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const ex = b[0] - a[0];
  const ey = b[1] - a[1];
  const denom = dx * ey - dy * ex;
  const t = denom === 0 ? 0 : ((a[0] - p[0]) * ey - (a[1] - p[1]) * ex) / denom;
  return [p[0] + t * dx, p[1] + t * dy];
}

/** The part of convex `subject` inside convex `clip` (both as hulls from convexHull: same orientation). */
export function clipConvex(subject: readonly Point[], clip: readonly Point[]): Point[] {
  let output: Point[] = [...subject];
  for (let i = 0; i < clip.length && output.length > 0; i++) {
    const a = clip[i] as Point;
    const b = clip[(i + 1) % clip.length] as Point;
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j] as Point;
      const q = input[(j + 1) % input.length] as Point;
      const pIn = cross(a, b, p) >= 0;
      const qIn = cross(a, b, q) >= 0;
      if (pIn) output.push(p);
      if (pIn !== qIn) output.push(intersectSegment(p, q, a, b));
    }
  }
  return output;
}

/** Area of the intersection of the convex hulls of two point sets. */
export function intersectionArea(a: readonly Point[], b: readonly Point[]): number {
  const hullA = convexHull(a);
  const hullB = convexHull(b);
  if (hullA.length < 3 || hullB.length < 3) return 0;
  return polygonArea(clipConvex(hullA, hullB));
}

/** Intersection over union of the convex hulls of two quads (0 when either is degenerate). */
export function quadIou(a: readonly Point[], b: readonly Point[]): number {
  const areaA = polygonArea(convexHull(a));
  const areaB = polygonArea(convexHull(b));
  if (areaA <= 0 || areaB <= 0) return 0;
  const inter = intersectionArea(a, b);
  return inter / (areaA + areaB - inter);
}

export function aabbOf(points: readonly Point[]): Aabb {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

export function aabbToQuad(box: Aabb): Quad {
  return [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x1, box.y1],
    [box.x0, box.y1],
  ];
}

export function centroid(points: readonly Point[]): Point {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p[0];
    y += p[1];
  }
  return [x / points.length, y / points.length];
}

/** `p` turned by `radians` (clockwise on screen for a positive angle) around `center`. */
export function rotatePoint(p: Point, center: Point, radians: number): Point {
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const dx = p[0] - center[0];
  const dy = p[1] - center[1];
  return [center[0] + dx * cos - dy * sin, center[1] + dx * sin + dy * cos];
}
