import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ScoreBook, toU16Weights, U16_MAX } from '@taonet/subnet-forecast';

describe('toU16Weights', () => {
  it('max-upscales to 65535 and drops zero weights', () => {
    assert.deepEqual(toU16Weights([3, 1, 7, 9], [0.5, 0.25, 0, 1e-9]), {
      uids: [3, 1],
      weights: [U16_MAX, 32_768],
    });
    assert.deepEqual(toU16Weights([1, 2], [0, Number.NaN]), { uids: [], weights: [] });
    assert.deepEqual(toU16Weights([1, 2], [-1, 2]), { uids: [2], weights: [U16_MAX] });
  });
});

describe('ScoreBook', () => {
  it('keeps an EMA per uid, reset when the uid changes hands', () => {
    const book = new ScoreBook({ alpha: 0.5 });
    assert.equal(book.update(1, 'a', 1), 0.5);
    assert.equal(book.update(1, 'a', 1), 0.75);
    assert.equal(book.update(1, 'a', 0), 0.375);
    assert.equal(book.update(1, 'a', Number.NaN), 0.1875);
    assert.equal(book.update(1, 'a', 7), 0.59375);
    assert.equal(book.update(1, 'new-owner', 0.5), 0.25);
    assert.deepEqual(book.get(1), { uid: 1, hotkey: 'new-owner', ema: 0.25, count: 1 });
    assert.equal(book.remove(1), true);
    assert.equal(book.get(1), undefined);
    assert.throws(() => new ScoreBook({ alpha: 0 }), /alpha/);
  });

  it('sets weights for registered miners only, optionally sharpened', () => {
    const book = new ScoreBook({ alpha: 1 });
    book.update(0, 'good', 0.8);
    book.update(1, 'fair', 0.4);
    book.update(2, 'gone', 0.9);
    const live = new Map([
      [0, 'good'],
      [1, 'fair'],
      [2, 'someone-else'],
    ]);
    assert.deepEqual(book.toWeights({ uidHotkeys: live }), { uids: [0, 1], weights: [U16_MAX, 32_768] });
    assert.deepEqual(book.toWeights({ uidHotkeys: live, exponent: 2 }), {
      uids: [0, 1],
      weights: [U16_MAX, 16_384],
    });
    assert.deepEqual(book.toWeights().uids, [0, 1, 2]);
  });

  it('round-trips through JSON', () => {
    const book = new ScoreBook({ alpha: 0.2 });
    book.update(5, 'x', 0.7);
    book.update(2, 'y', 0.1);
    const restored = ScoreBook.fromJSON(JSON.parse(JSON.stringify(book)));
    assert.deepEqual(restored.toJSON(), book.toJSON());
    assert.equal(restored.alpha, 0.2);
    assert.throws(() => ScoreBook.fromJSON({ version: 1, entries: [{ uid: 'x' }] }), /bad score entry/);
    assert.throws(() => ScoreBook.fromJSON(null), /version 1/);
  });
});
