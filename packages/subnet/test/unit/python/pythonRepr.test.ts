import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { pyTypeOf } from '../../../src/python/pyType.js';
import {
  formatPythonFloat,
  reprPythonString,
  toPythonRepr,
  toPythonStr,
} from '../../../src/python/pythonRepr.js';
import { cpython, floatFromHex, fromTagged } from './cpythonFixture.js';

describe('formatPythonFloat', () => {
  it('matches CPython repr() for every float of the fixture', () => {
    let checked = 0;
    for (const [hex, expected] of cpython.floats) {
      assert.equal(formatPythonFloat(floatFromHex(hex)), expected, `float ${hex}`);
      checked++;
    }
    assert.ok(checked > 1000);
  });

  it('renders the documented cases', () => {
    const cases: [number, string][] = [
      [1, '1.0'],
      [1e-5, '1e-05'],
      [0.0001, '0.0001'],
      [1e16, '1e+16'],
      [1e15, '1000000000000000.0'],
      [-0, '-0.0'],
      [Number.POSITIVE_INFINITY, 'inf'],
      [Number.NEGATIVE_INFINITY, '-inf'],
      [Number.NaN, 'nan'],
      [0.1 + 0.2, '0.30000000000000004'],
      [5e-324, '5e-324'],
      [1.7976931348623157e308, '1.7976931348623157e+308'],
    ];
    for (const [x, s] of cases) assert.equal(formatPythonFloat(x), s);
  });
});

describe('reprPythonString', () => {
  it('matches CPython repr() for every string of the fixture (quote choice, escapes, printables)', () => {
    for (const [text, expected] of cpython.strings)
      assert.equal(reprPythonString(text), expected, JSON.stringify(text));
  });

  it('picks the quote style as Python does', () => {
    assert.equal(reprPythonString("it's"), `"it's"`);
    assert.equal(reprPythonString('say "hi"'), `'say "hi"'`);
    assert.equal(reprPythonString(`both ' and "`), `'both \\' and "'`);
  });
});

describe('toPythonStr / toPythonRepr', () => {
  it('matches CPython str() for the nested values of the fixture', () => {
    for (const entry of cpython.values) {
      const [value, type] = fromTagged(entry.value);
      assert.equal(toPythonStr(value, type), entry.str, entry.str);
    }
  });

  it('coerces numbers to the declared type (pydantic lax mode)', () => {
    assert.equal(toPythonStr(1, pyTypeOf(z.number())), '1.0');
    assert.equal(toPythonStr(1, pyTypeOf(z.number().int())), '1');
    assert.equal(toPythonStr(2.0, pyTypeOf(z.int())), '2');
    assert.equal(toPythonStr(123n, pyTypeOf(z.bigint())), '123');
    assert.equal(
      toPythonStr({ a: 1, b: 1e-5 }, pyTypeOf(z.record(z.string(), z.number()))),
      "{'a': 1.0, 'b': 1e-05}",
    );
    assert.equal(toPythonStr([1, 2], pyTypeOf(z.array(z.number()))), '[1.0, 2.0]');
    assert.equal(toPythonStr(['a', 1], pyTypeOf(z.tuple([z.string(), z.number()]))), "('a', 1.0)");
    assert.equal(toPythonStr(['a'], pyTypeOf(z.tuple([z.string()]))), "('a',)");
  });

  it('renders None, True and False, str at top level without quotes', () => {
    assert.equal(toPythonStr(null), 'None');
    assert.equal(toPythonStr(undefined, pyTypeOf(z.string().optional())), 'None');
    assert.equal(toPythonStr(true), 'True');
    assert.equal(toPythonStr(false, pyTypeOf(z.boolean())), 'False');
    assert.equal(toPythonStr('hello', pyTypeOf(z.string())), 'hello');
    assert.equal(toPythonRepr('hello'), "'hello'");
  });

  it('renders a nested model as a dict of all its fields in declaration order', () => {
    const type = pyTypeOf(
      z.object({ b: z.number(), a: z.string().nullable().default(null), c: z.array(z.int()) }),
    );
    assert.equal(toPythonStr({ c: [1], b: 2 }, type), "{'b': 2.0, 'a': None, 'c': [1]}");
  });

  it('renders unions by the runtime value', () => {
    const type = pyTypeOf(z.union([z.string(), z.number()]));
    assert.equal(toPythonStr(['x', 3, 2.5], { kind: 'list', item: type }), "['x', 3.0, 2.5]");
    const intOrStr = pyTypeOf(z.union([z.int(), z.string()]));
    assert.equal(toPythonStr([3, 'y'], { kind: 'list', item: intOrStr }), "[3, 'y']");
  });
});
