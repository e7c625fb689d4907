import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aabbOf, convexHull, polygonArea, type Quad, quadIou, rotatePoint } from '../../src/index.js';

const square = (x: number, y: number, s: number): Quad => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
];

describe('quadGeometry', () => {
  it('measures IoU of equal, disjoint and half-overlapping boxes', () => {
    assert.equal(quadIou(square(0, 0, 10), square(0, 0, 10)), 1);
    assert.equal(quadIou(square(0, 0, 10), square(20, 0, 10)), 0);
    assert.ok(Math.abs(quadIou(square(0, 0, 10), square(5, 0, 10)) - 50 / 150) < 1e-12);
  });

  it('takes corners in any order (the hull) and gives 0 for degenerate boxes', () => {
    const crossed: Quad = [
      [0, 0],
      [10, 10],
      [10, 0],
      [0, 10],
    ];
    assert.equal(quadIou(crossed, square(0, 0, 10)), 1);
    const line: Quad = [
      [0, 0],
      [5, 0],
      [10, 0],
      [2, 0],
    ];
    assert.equal(quadIou(line, square(0, 0, 10)), 0);
    assert.equal(convexHull(line).length, 2);
  });

  it('keeps area under rotation and rotates clockwise on screen for a positive angle', () => {
    const c = [5, 5] as const;
    const q = square(0, 0, 10).map((p) => rotatePoint(p, c, 0.3));
    assert.ok(Math.abs(polygonArea(q) - 100) < 1e-9);
    const p = rotatePoint([10, 5], c, Math.PI / 2);
    assert.ok(Math.abs(p[0] - 5) < 1e-12 && Math.abs(p[1] - 10) < 1e-12);
    const rotated = square(0, 0, 10).map((p) => rotatePoint(p, c, Math.PI / 4));
    // a square and itself turned 45 degrees meet in a regular octagon: IoU = 2(sqrt2 - 1) / (2 - 2(sqrt2 - 1))
    assert.ok(Math.abs(quadIou(rotated, square(0, 0, 10)) - Math.SQRT1_2) < 1e-9);
    assert.deepEqual(aabbOf(square(1, 2, 3)), { x0: 1, y0: 2, x1: 4, y1: 5 });
  });
});
