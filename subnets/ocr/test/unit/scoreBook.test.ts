import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import { roundHalfEven, ScoreBook, U16_MAX } from '../../src/index.js';

describe('ScoreBook', () => {
  it('keeps an exponential moving average from 0, clamping scores to [0, 1]', () => {
    const book = new ScoreBook({ alpha: 0.5 });
    assert.equal(book.update(3, 1), 0.5);
    assert.equal(book.update(3, 1), 0.75);
    assert.equal(book.update(3, 0), 0.375);
    assert.equal(book.update(4, 7), 0.5);
    assert.equal(book.update(5, Number.NaN), 0);
    assert.equal(book.get(99), 0);
    assert.throws(() => new ScoreBook({ alpha: 0 }), RangeError);
  });

  it('starts a uid again when its hotkey changes', () => {
    const book = new ScoreBook({ alpha: 0.5 });
    book.update(1, 1, 'hk-a');
    book.update(1, 1, 'hk-a');
    assert.equal(book.update(1, 1, 'hk-b'), 0.5);
    book.update(2, 1, 'hk-c');
    book.syncHotkeys(['x', 'hk-b', 'hk-other']);
    assert.deepEqual(
      book.entries().map((e) => e.uid),
      [1],
    );
    book.syncHotkeys([]);
    assert.deepEqual(book.entries(), []);
  });

  it('turns scores into u16 weights scaled to the largest, ties to even, zeros dropped', () => {
    const book = new ScoreBook({ alpha: 1 });
    book.update(0, 0.5);
    book.update(1, 1);
    book.update(2, 0);
    book.update(7, 0.25);
    book.update(8, 1e-9);
    assert.deepEqual(book.computeWeights(), { uids: [0, 1, 7], weights: [32768, U16_MAX, 16384] });
    assert.deepEqual(new ScoreBook().computeWeights(), { uids: [], weights: [] });
    assert.deepEqual(
      [roundHalfEven(0.5), roundHalfEven(1.5), roundHalfEven(2.5), roundHalfEven(2.6)],
      [0, 2, 2, 3],
    );
  });

  it('saves and restores, starts empty without a file, refuses a corrupt one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ocr-scores-'));
    try {
      const path = join(dir, 'scores.json');
      const empty = await ScoreBook.load(path, { alpha: 0.2 });
      assert.equal(empty.alpha, 0.2);
      assert.deepEqual(empty.entries(), []);
      const book = new ScoreBook({ alpha: 0.3 });
      book.update(1, 0.9, 'hk-1');
      book.update(4, 0.2);
      await book.save(path);
      const back = await ScoreBook.load(path);
      assert.deepEqual(back.toJSON(), book.toJSON());
      assert.deepEqual(back.computeWeights(), book.computeWeights());
      await writeFile(path, '{"version":1,"alpha":0.1,"entries":[{"uid":-1}]}');
      await assert.rejects(ScoreBook.load(path), (e: unknown) => isTaonetError(e, 'OCR_SCORES_CORRUPT'));
      await writeFile(path, 'not json');
      await assert.rejects(ScoreBook.load(path), (e: unknown) => isTaonetError(e, 'OCR_SCORES_CORRUPT'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
