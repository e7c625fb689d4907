import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  convexHull,
  minAreaRect,
  type Point,
  rectCorners,
  rotatePoint,
  signedArea,
  unclipRect,
} from '../../../src/index.js';

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} vs ${b}`);

describe('minAreaRect', () => {
  it('finds a turned rectangle, its text axis pointing right, corners clockwise from the top-left', () => {
    const angle = -0.2;
    const corners = (
      [
        [100, 50],
        [300, 50],
        [300, 80],
        [100, 80],
      ] as const
    ).map((p) => rotatePoint(p, [200, 65], angle));
    const rect = minAreaRect(convexHull(corners));
    assert.ok(rect !== null);
    close(rect.width, 200);
    close(rect.height, 30);
    close(rect.cx, 200);
    close(rect.cy, 65);
    close(Math.atan2(rect.uy, rect.ux), angle);
    const back = rectCorners(rect);
    assert.ok(signedArea(back) > 0);
    back.forEach(([x, y], i) => {
      const [ex, ey] = corners[i] as Point;
      close(x, ex);
      close(y, ey);
    });
  });

  it('keeps the axis nearest horizontal for a tall box and grows it by area x ratio / perimeter', () => {
    const rect = minAreaRect([
      [0, 0],
      [10, 0],
      [10, 40],
      [0, 40],
    ]);
    assert.ok(rect !== null);
    close(Math.abs(rect.uy), 0);
    assert.ok(rect.ux > 0);
    close(rect.width, 10);
    close(rect.height, 40);
    const grown = unclipRect(rect, 1.5);
    close(grown.width, 10 + 2 * ((400 * 1.5) / 100));
    close(grown.height, 40 + 12);
    assert.equal(
      minAreaRect([
        [0, 0],
        [1, 1],
      ]),
      null,
    );
  });
});
