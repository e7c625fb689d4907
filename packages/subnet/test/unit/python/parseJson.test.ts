import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import fc from 'fast-check';
import { parseJson } from '../../../src/python/parseJson.js';
import { PY_KEY_ORDER, toPythonStr } from '../../../src/python/pythonRepr.js';

describe('parseJson', () => {
  it('keeps integers beyond 2^53 exact as bigint', () => {
    const value = parseJson('{"nonce": 1795403588426926519, "small": 12, "f": 12.0, "e": 1e-05}') as Record<
      string,
      unknown
    >;
    assert.equal(value.nonce, 1795403588426926519n);
    assert.equal(value.small, 12);
    assert.equal(value.f, 12);
    assert.equal(value.e, 1e-5);
  });

  it('reads NaN and Infinity as Python writes them', () => {
    assert.deepEqual(parseJson('[NaN, Infinity, -Infinity]'), [Number.NaN, Infinity, -Infinity]);
  });

  it('records the wire order of keys JavaScript would reorder', () => {
    const value = parseJson('{"b": 1, "2": 2, "a": 3}') as object;
    assert.deepEqual(Object.keys(value), ['2', 'b', 'a']);
    assert.deepEqual((value as { [PY_KEY_ORDER]?: string[] })[PY_KEY_ORDER], ['b', '2', 'a']);
    assert.equal(toPythonStr(value), "{'b': 1, '2': 2, 'a': 3}");
  });

  it('treats __proto__ as an ordinary key', () => {
    const value = parseJson('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.deepEqual(Object.getOwnPropertyDescriptor(value, '__proto__')?.value, { polluted: true });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('decodes escapes and surrogate pairs', () => {
    assert.equal(parseJson('"na\\u00efve \\ud83d\\ude00 \\"q\\" \\\\ \\/ \\n"'), 'naïve 😀 "q" \\ / \n');
  });

  it('rejects malformed text, control characters and deep nesting', () => {
    for (const bad of [
      '',
      '{',
      '[1,]',
      '{"a" 1}',
      '"a\u0001"',
      '01',
      '[1] x',
      '"\\x41"',
      'nul',
      '['.repeat(300),
    ]) {
      assert.throws(
        () => parseJson(bad),
        (e) => isTaonetError(e, 'INVALID_JSON'),
        bad,
      );
    }
  });

  it('agrees with JSON.parse on ordinary JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = JSON.stringify(value);
        const lossless = JSON.stringify(parseJson(text), (_k, v) => (typeof v === 'bigint' ? Number(v) : v));
        assert.deepEqual(JSON.parse(lossless), JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});
