/**
 * JSON as Python's `json.loads` reads it, without the losses of `JSON.parse`:
 * - integers beyond 2^53 (a nanosecond nonce is ~1.8e18) come back as `bigint`, exact;
 * - `NaN`, `Infinity` and `-Infinity` are accepted, as Python's json module writes them;
 * - an object whose keys JavaScript would reorder (array-index keys such as "2" go first in JS, Python keeps
 *   insertion order) records the wire order under the PY_KEY_ORDER symbol, so its repr and hash match;
 * - a `__proto__` key is an ordinary own property, never the prototype.
 * Nesting is capped (MAX_JSON_DEPTH) so a hostile body cannot exhaust the stack.
 */
import { TaonetError } from '@taonet/primitives';
import { PY_KEY_ORDER } from './pythonRepr.js';

export const MAX_JSON_DEPTH = 256;

// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings
const SPECIAL_IN_STRING = /[\\\u0000-\u001f]/;
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class JsonReader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(what: string): never {
    throw new TaonetError('INVALID_JSON', `invalid JSON: ${what} at position ${this.pos}`, {
      details: { position: this.pos },
    });
  }

  skipWhitespace(): void {
    const t = this.text;
    let c = t.charCodeAt(this.pos);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++this.pos);
  }

  value(depth: number): unknown {
    if (depth > MAX_JSON_DEPTH) this.fail('nesting too deep');
    this.skipWhitespace();
    const c = this.text.charCodeAt(this.pos);
    if (c === 34) return this.string();
    if (c === 123) return this.object(depth + 1);
    if (c === 91) return this.array(depth + 1);
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    return this.literal();
  }

  literal(): unknown {
    const t = this.text;
    for (const [word, value] of LITERALS) {
      if (t.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail('unexpected token');
  }

  number(): number | bigint {
    const t = this.text;
    if (t.startsWith('-Infinity', this.pos)) {
      this.pos += 9;
      return Number.NEGATIVE_INFINITY;
    }
    // the common case, a plain integer, is scanned by hand; fractions and exponents go to the regex
    const start = this.pos;
    let end = t.charCodeAt(start) === 45 ? start + 1 : start;
    const first = t.charCodeAt(end);
    let c = first;
    while (c >= 48 && c <= 57) c = t.charCodeAt(++end);
    const digits = end - start - (t.charCodeAt(start) === 45 ? 1 : 0);
    if (c !== 46 && c !== 101 && c !== 69 && digits > 0 && (first !== 48 || digits === 1)) {
      this.pos = end;
      const token = t.slice(start, end);
      const n = Number(token);
      return Number.isSafeInteger(n) ? n : BigInt(token);
    }
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(t);
    if (match === null) this.fail('malformed number');
    this.pos = NUMBER.lastIndex;
    const token = match[0];
    if (match[1] !== undefined || match[2] !== undefined) return Number(token);
    const n = Number(token);
    return Number.isSafeInteger(n) ? n : BigInt(token);
  }

  string(): string {
    const t = this.text;
    const start = ++this.pos;
    const end = t.indexOf('"', start);
    if (end < 0) this.fail('unterminated string');
    const raw = t.slice(start, end);
    const special = SPECIAL_IN_STRING.exec(raw);
    if (special === null) {
      this.pos = end + 1;
      return raw;
    }
    this.pos = start + special.index;
    if (raw.charCodeAt(special.index) !== 92) this.fail('control character in string');
    return raw.slice(0, special.index) + this.escapedRest();
  }

  escapedRest(): string {
    const t = this.text;
    let out = '';
    for (;;) {
      const c = t.charCodeAt(this.pos);
      if (c === 34) {
        this.pos++;
        return out;
      }
      if (c < 32 || Number.isNaN(c)) this.fail(Number.isNaN(c) ? 'unterminated string' : 'control character');
      if (c !== 92) {
        out += t[this.pos++];
        continue;
      }
      const e = t[this.pos + 1] ?? '';
      if (e === 'u') {
        const hex = t.slice(this.pos + 2, this.pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape');
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.pos += 6;
      } else {
        const mapped = ESCAPES[e];
        if (mapped === undefined) this.fail('bad escape');
        out += mapped;
        this.pos += 2;
      }
    }
  }

  array(depth: number): unknown[] {
    this.pos++;
    const out: unknown[] = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth));
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos++);
      if (c === 93) return out;
      if (c !== 44) this.fail("expected ',' or ']'");
    }
  }

  object(depth: number): Record<string, unknown> {
    this.pos++;
    const out: Record<string, unknown> = {};
    // the wire order is recorded only once an array-index key shows up (JS would move it first)
    let order: string[] | null = null;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 34) this.fail('expected a string key');
      const key = this.string();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos++) !== 58) this.fail("expected ':'");
      const value = this.value(depth);
      if (order !== null) {
        if (!Object.hasOwn(out, key)) order.push(key);
      } else if (isIndexKey(key) && !Object.hasOwn(out, key)) {
        // deterministic: before the first index key, JS key order is the insertion order
        order = Object.keys(out);
        order.push(key);
      }
      if (key === '__proto__') {
        Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
      } else out[key] = value;
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos++);
      if (c === 125) break;
      if (c !== 44) this.fail("expected ',' or '}'");
    }
    if (order !== null) Object.defineProperty(out, PY_KEY_ORDER, { value: order, enumerable: false });
    return out;
  }
}

/** A key JavaScript orders first (an array index: "0" to "4294967294"). */
function isIndexKey(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 && INDEX_KEY.test(key);
}

const LITERALS: readonly (readonly [string, unknown])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
];

/** Parses JSON text as Python's `json.loads` would (see the file comment); throws INVALID_JSON. */
export function parseJson(text: string): unknown {
  const reader = new JsonReader(text);
  const value = reader.value(0);
  reader.skipWhitespace();
  if (reader.pos !== text.length) reader.fail('trailing characters');
  return value;
}
