/**
 * JSON written the way Python writes it, so a Python peer reads the same values and our bodies match the
 * SDK's byte for byte: floats as `repr(float)` (`12.0`, `1e-05`), ints of any size, every field of a model
 * in declaration order (None included). Two styles:
 * - `request`: aiohttp's `json.dumps(model_dump())`, the dendrite's request body: `", "` and `": "`
 *   separators, non-ASCII escaped as `\uXXXX`, NaN/Infinity allowed;
 * - `response`: Starlette's `JSONResponse`, the axon's reply: compact separators, UTF-8 kept, NaN refused.
 */
import { TaonetError } from '@taonet/primitives';
import { PY_ANY, type PyType } from './pyType.js';
import { formatPythonFloat, orderedKeys, toPythonStr } from './pythonRepr.js';

export type PythonJsonStyle = 'request' | 'response';

interface Style {
  item: string;
  key: string;
  ensureAscii: boolean;
  allowNan: boolean;
}

const STYLES: Record<PythonJsonStyle, Style> = {
  request: { item: ', ', key: ': ', ensureAscii: true, allowNan: true },
  response: { item: ',', key: ':', ensureAscii: false, allowNan: false },
};

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON escapes exactly these control characters
const ASCII_ESCAPE = /["\\\u0000-\u001f\u007f-\uffff]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON escapes exactly these control characters
const UTF8_ESCAPE = /["\\\u0000-\u001f]/g;

function escapeUnit(ch: string): string {
  return SHORT_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A JSON string literal as Python's json module writes it. */
export function quotePythonJsonString(text: string, ensureAscii: boolean): string {
  const pattern = ensureAscii ? ASCII_ESCAPE : UTF8_ESCAPE;
  pattern.lastIndex = 0;
  return pattern.test(text) ? `"${text.replace(pattern, escapeUnit)}"` : `"${text}"`;
}

function encodeFloat(value: number, style: Style): string {
  if (Number.isFinite(value)) return formatPythonFloat(value);
  if (!style.allowNan) {
    throw new TaonetError('PY_JSON_NAN', 'NaN and Infinity cannot be sent in a JSON response');
  }
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : '-Infinity';
}

function encodeNumber(value: unknown, type: 'int' | 'float', style: Style): string {
  if (type === 'int') return toPythonStr(value, { kind: 'int' });
  const n = typeof value === 'number' ? value : Number(value);
  return encodeFloat(n, style);
}

function encodeAny(value: unknown, style: Style, depth: number): string {
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'number':
      if (Number.isInteger(value) && Math.abs(value) < 1e16) return String(value);
      return encodeFloat(value, style);
    case 'string':
      return quotePythonJsonString(value, style.ensureAscii);
    default:
      if (Array.isArray(value)) return encodeList(value, PY_ANY, style, depth);
      if (typeof value === 'object' && value !== null) return encodeDict(value, PY_ANY, style, depth);
      throw new TaonetError('PY_JSON_TYPE', `a ${typeof value} cannot be written as JSON`);
  }
}

function encodeList(items: readonly unknown[], item: PyType, style: Style, depth: number): string {
  return `[${items.map((v) => encodeValue(v, item, style, depth)).join(style.item)}]`;
}

function encodeDict(value: object, valueType: PyType, style: Style, depth: number): string {
  const record = value as Record<string, unknown>;
  const parts = orderedKeys(value).map(
    (k) =>
      `${quotePythonJsonString(k, style.ensureAscii)}${style.key}${encodeValue(record[k], valueType, style, depth)}`,
  );
  return `{${parts.join(style.item)}}`;
}

function encodeModel(value: unknown, type: Extract<PyType, { kind: 'model' }>, style: Style, depth: number) {
  const record = (value ?? {}) as Record<string, unknown>;
  const parts = type.fields.map(
    ([k, t]) =>
      `${quotePythonJsonString(k, style.ensureAscii)}${style.key}${encodeValue(record[k], t, style, depth)}`,
  );
  return `{${parts.join(style.item)}}`;
}

function encodeTuple(value: unknown, type: Extract<PyType, { kind: 'tuple' }>, style: Style, depth: number) {
  const items = Array.isArray(value) ? value : [];
  const parts = items.map((v, i) => encodeValue(v, type.items[i] ?? type.rest ?? PY_ANY, style, depth));
  return `[${parts.join(style.item)}]`;
}

function encodeUnion(value: unknown, options: readonly PyType[], style: Style, depth: number): string {
  if (typeof value === 'number' && Number.isInteger(value)) {
    const hasInt = options.some((o) => o.kind === 'int' || o.kind === 'bool');
    if (!hasInt && options.some((o) => o.kind === 'float')) return encodeFloat(value, style);
  }
  return encodeAny(value, style, depth);
}

function encodeValue(value: unknown, type: PyType, style: Style, depth: number): string {
  if (depth > 256) throw new TaonetError('PY_JSON_DEPTH', 'value nested too deeply to write as JSON');
  if (value === null || value === undefined) return 'null';
  const next = depth + 1;
  switch (type.kind) {
    case 'optional':
      return encodeValue(value, type.inner, style, depth);
    case 'int':
    case 'float':
      return encodeNumber(value, type.kind, style);
    case 'bool':
      return value ? 'true' : 'false';
    case 'str':
      return quotePythonJsonString(String(value), style.ensureAscii);
    case 'list':
      return Array.isArray(value) ? encodeList(value, type.item, style, next) : encodeAny(value, style, next);
    case 'tuple':
      return encodeTuple(value, type, style, next);
    case 'dict':
      return encodeDict(value as object, type.value, style, next);
    case 'model':
      return encodeModel(value, type, style, next);
    case 'union':
      return encodeUnion(value, type.options, style, next);
    default:
      return encodeAny(value, style, next);
  }
}

/** `value` as JSON text in the given Python style, numbers written as the declared type coerces them. */
export function encodePythonJson(
  value: unknown,
  type: PyType = PY_ANY,
  style: PythonJsonStyle = 'response',
): string {
  return encodeValue(value, type, STYLES[style], 0);
}
