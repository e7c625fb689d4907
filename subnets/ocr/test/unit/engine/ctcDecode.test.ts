import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ctcGreedyDecode } from '../../../src/index.js';

describe('ctcGreedyDecode', () => {
  it('collapses repeats, drops blanks, averages the kept probabilities', () => {
    const dictionary = ['a', 'b', ' '];
    // classes: 0 blank, 1 'a', 2 'b', 3 ' '; steps: a a blank a b b space
    const best = [1, 1, 0, 1, 2, 2, 3];
    const probs = new Float32Array(best.length * 4);
    best.forEach((k, s) => {
      probs[s * 4 + k] = 0.5 + s / 20;
    });
    const out = ctcGreedyDecode(probs, best.length, 4, dictionary);
    assert.equal(out.text, 'aab ');
    assert.ok(Math.abs(out.confidence - (0.5 + 0.65 + 0.7 + 0.8) / 4) < 1e-6);
    assert.deepEqual(ctcGreedyDecode(new Float32Array(8), 2, 4, dictionary), { text: '', confidence: 0 });
  });
});
