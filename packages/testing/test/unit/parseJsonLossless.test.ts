import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonLossless, quoteUnsafeIntegers } from '../../src/conformance/parseJsonLossless.js';

describe('parseJsonLossless', () => {
  it('keeps integers above 2^53 exact as decimal strings', () => {
    const parsed = parseJsonLossless('{"a": 18446744073709551615, "b": -9007199254740993, "c": 42}');
    assert.deepEqual(parsed, { a: '18446744073709551615', b: '-9007199254740993', c: 42 });
  });

  it('leaves safe integers, floats and exponents as numbers', () => {
    const parsed = parseJsonLossless('[9007199254740991, 0.5, 1e300, 2.5E-3, -7]');
    assert.deepEqual(parsed, [9007199254740991, 0.5, 1e300, 0.0025, -7]);
  });

  it('never touches digits inside strings, including escaped quotes', () => {
    const text =
      '{"n": "12345678901234567890", "q": "say \\"99999999999999999999\\"", "m": 99999999999999999999}';
    assert.deepEqual(parseJsonLossless(text), {
      n: '12345678901234567890',
      q: 'say "99999999999999999999"',
      m: '99999999999999999999',
    });
  });

  it('rewrites only what it must', () => {
    assert.equal(quoteUnsafeIntegers('{"x":[1,2,3]}'), '{"x":[1,2,3]}');
  });

  it('still rejects malformed JSON', () => {
    assert.throws(() => parseJsonLossless('{"a": 1,'));
  });
});
