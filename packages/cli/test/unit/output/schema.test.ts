import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSchema, s } from '../../../src/output/schema.js';

describe('schema', () => {
  const key = s.object({
    name: s.string(),
    address: s.nullable(s.string()),
    n: s.integer(),
    ok: s.boolean(),
  });

  it('accepts a conforming value', () => {
    assert.deepEqual(checkSchema(key, { name: 'a', address: null, n: 3, ok: true }), []);
  });

  it('reports missing, unexpected and mistyped keys with their paths', () => {
    const errors = checkSchema(key, { name: 1, n: 1.5, ok: true, extra: 0 });
    assert.deepEqual(errors, [
      '$.name: expected string, got number',
      '$.address: missing',
      '$.n: expected integer, got number',
      '$.extra: unexpected key',
    ]);
  });

  it('checks arrays, enums, literals and records', () => {
    const list = s.object({
      items: s.array(s.enum(['x', 'y'])),
      ok: s.literal(true),
      details: s.record(s.unknown()),
    });
    assert.deepEqual(checkSchema(list, { items: ['x', 'y'], ok: true, details: { a: 1 } }), []);
    assert.deepEqual(checkSchema(list, { items: ['z'], ok: false, details: [] }), [
      '$.items[0]: expected one of x, y, got string "z"',
      '$.ok: expected true, got boolean',
      '$.details: expected object, got array',
    ]);
  });

  it('renders JSON Schema', () => {
    assert.deepEqual(s.object({ a: s.nullable(s.string()) }).toJsonSchema(), {
      type: 'object',
      properties: { a: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
      required: ['a'],
      additionalProperties: false,
    });
  });
});
