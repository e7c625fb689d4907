import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import { z } from 'zod';
import { pyTypeOf } from '../../../src/python/pyType.js';
import { encodePythonJson, quotePythonJsonString } from '../../../src/python/pythonJson.js';
import { cpython, fromTagged } from './cpythonFixture.js';

describe('encodePythonJson', () => {
  it("matches CPython's json.dumps in the aiohttp (request) and Starlette (response) styles", () => {
    for (const entry of cpython.values) {
      const [value, type] = fromTagged(entry.value);
      assert.equal(encodePythonJson(value, type, 'request'), entry.request_json);
      if (!entry.response_json.includes('Infinity')) {
        assert.equal(encodePythonJson(value, type, 'response'), entry.response_json);
      }
    }
  });

  it('escapes strings as the json module does', () => {
    for (const [text] of cpython.strings) {
      const ascii = quotePythonJsonString(text, true);
      assert.ok(/^[\x20-\x7e]*$/.test(ascii), ascii);
      assert.equal(JSON.parse(ascii), text);
      assert.equal(JSON.parse(quotePythonJsonString(text, false)), text);
    }
    assert.equal(quotePythonJsonString('naïve\u007f', true), '"na\\u00efve\\u007f"');
    assert.equal(quotePythonJsonString('naïve\u007f', false), '"naïve\u007f"');
    assert.equal(quotePythonJsonString('😀', true), '"\\ud83d\\ude00"');
  });

  it('writes floats of float fields with a decimal point and refuses NaN in responses', () => {
    const type = pyTypeOf(z.object({ t: z.number(), k: z.int(), big: z.bigint(), l: z.array(z.number()) }));
    const value = { t: 12, k: 2, big: 1795403588426926519n, l: [2.5, 2] };
    assert.equal(
      encodePythonJson(value, type, 'response'),
      '{"t":12.0,"k":2,"big":1795403588426926519,"l":[2.5,2.0]}',
    );
    assert.equal(encodePythonJson(Number.NaN, pyTypeOf(z.number()), 'request'), 'NaN');
    assert.throws(
      () => encodePythonJson(Number.NaN, pyTypeOf(z.number()), 'response'),
      (e) => isTaonetError(e),
    );
  });
});
