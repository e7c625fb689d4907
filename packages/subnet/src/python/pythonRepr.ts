/**
 * CPython 3's `repr()` and `str()`, for the values a pydantic `model_dump()` holds: None, bool, int, float,
 * str, list, tuple and dict (nested models are dicts). The body hash of a synapse is SHA3-256 over
 * `str(value)` of each hashed field, so this must match CPython character for character:
 * `True`, `None`, `1.0`, `1e-05`, `inf`, `'it\'s'` → `"it's"`, `{'a': [1, 2.5]}`.
 * Values are rendered as the declared PyType coerces them (pydantic's lax mode): a float field holding the
 * JS number 1 renders `1.0`, an int field holding 1.0 renders `1`.
 */
import { TaonetError } from '@taonet/primitives';
import { PY_ANY, type PyType } from './pyType.js';

/** Keys of a parsed JSON object in their wire order, when JavaScript would reorder them (see parseJson). */
export const PY_KEY_ORDER: unique symbol = Symbol.for('taonet.pyKeyOrder');

/** CPython `repr(float)`: the shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16. */
export function formatPythonFloat(x: number): string {
  const magnitude = Math.abs(x);
  // there JavaScript also writes the shortest round-trip digits in fixed notation; Python adds `.0`
  if (magnitude >= 1e-4 && magnitude < 1e16) return Number.isInteger(x) ? `${x}.0` : String(x);
  if (Number.isNaN(x)) return 'nan';
  if (x === Number.POSITIVE_INFINITY) return 'inf';
  if (x === Number.NEGATIVE_INFINITY) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  // toExponential() without an argument gives the shortest digits that round-trip, like CPython's dtoa
  const text = magnitude.toExponential();
  const e = text.indexOf('e');
  const digits = e > 1 ? text[0] + text.slice(2, e) : text.slice(0, e);
  const exponent = Number(text.slice(e + 1));
  const decimalPoint = exponent + 1;
  if (decimalPoint <= -4 || decimalPoint > 16) {
    const head = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
    const expSign = exponent < 0 ? '-' : '+';
    return `${sign}${head}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (decimalPoint <= 0) return `${sign}0.${'0'.repeat(-decimalPoint)}${digits}`;
  if (decimalPoint >= digits.length) return `${sign}${digits}${'0'.repeat(decimalPoint - digits.length)}.0`;
  return `${sign}${digits.slice(0, decimalPoint)}.${digits.slice(decimalPoint)}`;
}

// Py_UNICODE_ISPRINTABLE is false for these categories (the space character excepted).
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function escapeCodePoint(cp: number): string {
  const hex = cp.toString(16);
  if (cp <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

function escapeChar(ch: string, quote: string): string {
  if (ch === quote || ch === '\\') return `\\${ch}`;
  if (ch === '\t') return '\\t';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return escapeCodePoint(cp);
  if (cp < 0x7f) return ch;
  return ch !== ' ' && NOT_PRINTABLE.test(ch) ? escapeCodePoint(cp) : ch;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: repr escapes control characters
const NEEDS_ESCAPE = /[\\\u0000-\u001f\u007f-\uffff]/;

/** CPython `repr(str)`: single quotes unless the text has a `'` and no `"`; non-printables escaped. */
export function reprPythonString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  if (!NEEDS_ESCAPE.test(text) && !text.includes(quote)) return `${quote}${text}${quote}`;
  let out = quote;
  for (const ch of text) out += escapeChar(ch, quote);
  return `${out}${quote}`;
}

function reprInt(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number' && Number.isFinite(value)) {
    const truncated = Math.trunc(value);
    return Number.isSafeInteger(truncated) ? String(truncated) : BigInt(truncated).toString();
  }
  if (typeof value === 'string' && /^[+-]?\d+$/.test(value.trim())) return BigInt(value.trim()).toString();
  throw new TaonetError('PY_REPR_TYPE', `cannot render ${typeof value} as a Python int`);
}

const FALSE_STRINGS = new Set(['0', 'off', 'f', 'false', 'n', 'no']);

/** pydantic's lax bool: strings such as 'false', 'no', '0' are False. */
function isPythonTrue(value: unknown): boolean {
  return typeof value === 'string' ? !FALSE_STRINGS.has(value.trim().toLowerCase()) : Boolean(value);
}

function reprFloat(value: unknown): string {
  if (typeof value === 'number') return formatPythonFloat(value);
  if (typeof value === 'bigint') return formatPythonFloat(Number(value));
  if (typeof value === 'boolean') return value ? '1.0' : '0.0';
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
    return formatPythonFloat(Number(value));
  }
  throw new TaonetError('PY_REPR_TYPE', `cannot render ${typeof value} as a Python float`);
}

/** The keys of a dict in the order Python holds them (wire order when the parser recorded it). */
export function orderedKeys(object: object): string[] {
  const order = (object as { [PY_KEY_ORDER]?: string[] })[PY_KEY_ORDER];
  // deterministic: JS own-key order is insertion order except for array-index keys, which PY_KEY_ORDER fixes
  return order ?? Object.keys(object);
}

function reprAny(value: unknown, depth: number): string {
  if (value === null || value === undefined) return 'None';
  switch (typeof value) {
    case 'boolean':
      return value ? 'True' : 'False';
    case 'bigint':
      return value.toString();
    case 'number':
      return Number.isInteger(value) && Math.abs(value) < 1e16 ? String(value) : formatPythonFloat(value);
    case 'string':
      return reprPythonString(value);
    default:
      if (Array.isArray(value)) return `[${value.map((v) => reprValue(v, PY_ANY, depth)).join(', ')}]`;
      if (typeof value === 'object') return reprDict(value, PY_ANY, PY_ANY, depth);
      throw new TaonetError('PY_REPR_TYPE', `cannot render a ${typeof value} as a Python value`);
  }
}

function reprDict(value: object, keyType: PyType, valueType: PyType, depth: number): string {
  const record = value as Record<string, unknown>;
  const parts = orderedKeys(value).map(
    (k) => `${reprValue(k, keyType, depth)}: ${reprValue(record[k], valueType, depth)}`,
  );
  return `{${parts.join(', ')}}`;
}

function reprTuple(value: unknown, type: Extract<PyType, { kind: 'tuple' }>, depth: number): string {
  const items = Array.isArray(value) ? value : [];
  const parts = items.map((v, i) => reprValue(v, type.items[i] ?? type.rest ?? PY_ANY, depth));
  return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
}

function reprModel(value: unknown, type: Extract<PyType, { kind: 'model' }>, depth: number): string {
  const record = (value ?? {}) as Record<string, unknown>;
  const parts = type.fields.map(([k, t]) => `${reprPythonString(k)}: ${reprValue(record[k], t, depth)}`);
  return `{${parts.join(', ')}}`;
}

function reprUnion(value: unknown, options: readonly PyType[], depth: number): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'number' && !Number.isInteger(value)) return formatPythonFloat(value);
  if (typeof value === 'number') {
    const hasInt = options.some((o) => o.kind === 'int' || o.kind === 'bool');
    const hasFloat = options.some((o) => o.kind === 'float');
    if (hasFloat && !hasInt) return formatPythonFloat(value);
  }
  return reprAny(value, depth);
}

function reprValue(value: unknown, type: PyType, depth: number): string {
  if (depth > 256) throw new TaonetError('PY_REPR_DEPTH', 'value nested too deeply to render');
  const next = depth + 1;
  if (value === null || value === undefined) return 'None';
  switch (type.kind) {
    case 'optional':
      return reprValue(value, type.inner, depth);
    case 'int':
      return reprInt(value);
    case 'float':
      return reprFloat(value);
    case 'bool':
      return isPythonTrue(value) ? 'True' : 'False';
    case 'str':
      return reprPythonString(String(value));
    case 'list':
      return Array.isArray(value)
        ? `[${value.map((v) => reprValue(v, type.item, next)).join(', ')}]`
        : 'None';
    case 'tuple':
      return reprTuple(value, type, next);
    case 'dict':
      return reprDict(value as object, type.key, type.value, next);
    case 'model':
      return reprModel(value, type, next);
    case 'union':
      return reprUnion(value, type.options, next);
    default:
      return reprAny(value, next);
  }
}

/** CPython `repr(value)` of `value` as the declared type coerces it (PY_ANY: judged by the JS value). */
export function toPythonRepr(value: unknown, type: PyType = PY_ANY): string {
  return reprValue(value, type, 0);
}

/** CPython `str(value)`: a str is itself, anything else its repr. */
export function toPythonStr(value: unknown, type: PyType = PY_ANY): string {
  if (typeof value === 'string' && type.kind !== 'int' && type.kind !== 'float') return value;
  return reprValue(value, type, 0);
}
