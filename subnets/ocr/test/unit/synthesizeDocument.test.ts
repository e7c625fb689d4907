import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import {
  aabbOf,
  decodePng,
  type Point,
  polygonArea,
  type Quad,
  synthesizeDocument,
} from '../../src/index.js';

function inside(quad: Quad, x: number, y: number): boolean {
  // corners are clockwise on screen: a point inside is on the same side of every edge
  for (let i = 0; i < 4; i++) {
    const a = quad[i] as Point;
    const b = quad[(i + 1) % 4] as Point;
    if ((b[0] - a[0]) * (y - a[1]) - (b[1] - a[1]) * (x - a[0]) < 0) return false;
  }
  return true;
}

describe('synthesizeDocument', () => {
  it('gives the same PNG bytes and truth for the same seed, another page for another seed', () => {
    const a = synthesizeDocument('determinism');
    const b = synthesizeDocument('determinism');
    assert.ok(a.png.equals(b.png));
    assert.deepEqual(a.lines, b.lines);
    assert.equal(a.angleDeg, b.angleDeg);
    const c = synthesizeDocument('determinism-2');
    assert.ok(!a.png.equals(c.png));
    assert.notDeepEqual(
      a.lines.map((l) => l.text),
      c.lines.map((l) => l.text),
    );
  });

  it('keeps every truth box inside the image, convex, non-empty, with its bounding box', () => {
    for (const seed of ['bounds-1', 'bounds-2', 'bounds-3', 'bounds-4']) {
      const doc = synthesizeDocument(seed, { maxRotationDeg: 8, width: 900, height: 700 });
      assert.ok(doc.lines.length >= 5, `${seed}: ${doc.lines.length} lines`);
      for (const line of doc.lines) {
        assert.ok(line.text.trim() === line.text && line.text !== '');
        assert.ok(line.quad.every(([x, y]) => x >= 0 && y >= 0 && x <= doc.width && y <= doc.height));
        assert.deepEqual(line.box, aabbOf(line.quad));
        assert.ok(polygonArea(line.quad) > 0);
        for (const [x, y] of line.quad) assert.ok(inside(line.quad, x, y));
      }
    }
  });

  it('draws the ink inside the truth boxes (after rotation)', async () => {
    const doc = synthesizeDocument('ink', { noise: 0, maxRotationDeg: 4 });
    assert.notEqual(doc.angleDeg, 0);
    const image = await decodePng(doc.png);
    assert.equal(image.width, doc.width);
    let dark = 0;
    let outside = 0;
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        const i = (y * image.width + x) * 4;
        if ((image.data[i] as number) > 110 || (image.data[i + 1] as number) > 110) continue;
        dark++;
        const px = x + 0.5;
        const py = y + 0.5;
        const hit = doc.lines.some(
          (l) =>
            px >= l.box.x0 && px <= l.box.x1 && py >= l.box.y0 && py <= l.box.y1 && inside(l.quad, px, py),
        );
        if (!hit) outside++;
      }
    }
    assert.ok(dark > 5000, `dark pixels: ${dark}`);
    assert.ok(outside / dark < 0.002, `${outside} of ${dark} dark pixels outside every box`);
  });

  it('draws only the requested block kinds and a title', () => {
    const doc = synthesizeDocument('tables', { blocks: ['table'] });
    const kinds = new Set(doc.lines.map((l) => l.block));
    assert.ok(kinds.has('table'));
    assert.ok([...kinds].every((k) => k === 'table' || k === 'title'));
  });

  it('rejects bad sizes and explains a missing font', () => {
    assert.throws(() => synthesizeDocument('x', { width: 10 }), RangeError);
    assert.throws(() => synthesizeDocument('x', { minFontSize: 30, maxFontSize: 20 }), RangeError);
    assert.throws(
      () => synthesizeDocument('x', { fonts: { fontDirs: ['/nonexistent-font-dir'] } }),
      (e: unknown) => isTaonetError(e, 'OCR_NO_FONT') && /apt-get install/.test(e.message),
    );
    assert.throws(
      () => synthesizeDocument('x', { fonts: { fontPaths: ['/nonexistent/font.ttf'] } }),
      (e: unknown) => isTaonetError(e, 'OCR_NO_FONT'),
    );
  });
});
