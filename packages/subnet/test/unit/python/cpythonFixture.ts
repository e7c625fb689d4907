/** Loads test/fixtures/pythonRepr.json (written by CPython) and turns its tagged values into JS values and PyTypes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PY_ANY, PY_FLOAT, PY_INT, type PyType } from '../../../src/python/pyType.js';
import { PY_KEY_ORDER } from '../../../src/python/pythonRepr.js';

export interface CpythonFixture {
  generated_by: string;
  floats: [string, string][];
  strings: [string, string][];
  values: { value: unknown; str: string; request_json: string; response_json: string }[];
}

export const cpython = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/pythonRepr.json'), 'utf8'),
) as CpythonFixture;

export function floatFromHex(hex: string): number {
  return Buffer.from(hex, 'hex').readDoubleBE(0);
}

const PY_FLOAT_WORDS: Record<string, number> = { inf: Infinity, '-inf': -Infinity, nan: Number.NaN };

/** The JS value and the Python type of a tagged fixture value. */
export function fromTagged(tagged: unknown): [unknown, PyType] {
  if (Array.isArray(tagged)) {
    const items = tagged.map(fromTagged);
    const first = JSON.stringify(items[0]?.[1]);
    const same = items.every((i) => JSON.stringify(i[1]) === first);
    return [items.map((i) => i[0]), { kind: 'list', item: same && items[0] ? items[0][1] : PY_ANY }];
  }
  if (tagged !== null && typeof tagged === 'object') {
    const o = tagged as Record<string, unknown>;
    if ('__float__' in o) return [PY_FLOAT_WORDS[o.__float__ as string] ?? Number(o.__float__), PY_FLOAT];
    if ('__tuple__' in o) {
      const items = (o.__tuple__ as unknown[]).map(fromTagged);
      return [items.map((i) => i[0]), { kind: 'tuple', items: items.map((i) => i[1]), rest: null }];
    }
    const entries = (o.__dict__ as [string, unknown][]).map(([k, v]) => [k, fromTagged(v)] as const);
    const value: Record<string, unknown> = {};
    for (const [k, [v]] of entries) value[k] = v;
    Object.defineProperty(value, PY_KEY_ORDER, { value: entries.map(([k]) => k) });
    return [value, { kind: 'model', fields: entries.map(([k, [, t]]) => [k, t] as const) }];
  }
  if (typeof tagged === 'number') return [tagged, PY_INT];
  return [tagged, PY_ANY];
}
