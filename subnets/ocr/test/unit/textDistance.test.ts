import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { levenshtein, normalizeOcrText } from '../../src/index.js';

describe('textDistance', () => {
  it('computes edit distances', () => {
    assert.equal(levenshtein('', ''), 0);
    assert.equal(levenshtein('abc', ''), 3);
    assert.equal(levenshtein('', 'abcd'), 4);
    assert.equal(levenshtein('kitten', 'sitting'), 3);
    assert.equal(levenshtein('flaw', 'lawn'), 2);
    assert.equal(levenshtein('日本', '日本語'), 1);
    assert.equal(levenshtein('a😀b', 'ab'), 1);
  });

  it('normalizes width, quotes, dashes and spaces but keeps case', () => {
    assert.equal(normalizeOcrText('  Price：４２，50  USD '), 'Price:42,50 USD');
    assert.equal(normalizeOcrText('\u201cdear\u201d \u2013 it\u2019s'), '"dear" - it\'s');
    assert.equal(normalizeOcrText('A\tb\n c'), 'A b c');
    assert.notEqual(normalizeOcrText('Alice'), normalizeOcrText('alice'));
  });
});
