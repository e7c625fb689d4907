/**
 * A synapse's JSON body written straight from the synapse object, by an encoder built once per definition
 * and style: the same text as `encodePythonJson(toWireObject(...), definition.wireType, style)` (pythonJson.ts),
 * without building the snake_case wire object nor dispatching on the Python type of every value. Scalars
 * (the base fields, the terminals, str/int/float/bool fields) are written here; any other declared field
 * goes through the generic writer at the depth it has in the body.
 */
import { TaonetError } from '@taonet/primitives';
import { PY_ANY, PY_INT, type PyType } from '../python/pyType.js';
import { encodePythonJson, type PythonJsonStyle, quotePythonJsonString } from '../python/pythonJson.js';
import { formatPythonFloat, toPythonStr } from '../python/pythonRepr.js';
import type { AnySynapseDefinition, SynapseData, SynapseFields } from './defineSynapse.js';
import { TERMINAL_FIELDS, type TerminalInfo } from './terminalInfo.js';

type Encode = (value: unknown) => string;

function encodeInt(value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  return toPythonStr(value, PY_INT);
}

function floatEncoder(allowNan: boolean): Encode {
  return (value) => {
    const n = typeof value === 'number' ? value : Number(value);
    if (Number.isFinite(n)) return formatPythonFloat(n);
    if (!allowNan) throw new TaonetError('PY_JSON_NAN', 'NaN and Infinity cannot be sent in a JSON response');
    if (Number.isNaN(n)) return 'NaN';
    return n > 0 ? 'Infinity' : '-Infinity';
  };
}

/** The writer of one value of `type` at depth 1 of the body (a field of the top-level model). */
function fieldEncoder(type: PyType, style: PythonJsonStyle): Encode {
  const ensureAscii = style === 'request';
  const inner = type.kind === 'optional' ? type.inner : type;
  let encode: Encode;
  switch (inner.kind) {
    case 'int':
      encode = encodeInt;
      break;
    case 'float':
      encode = floatEncoder(style === 'request');
      break;
    case 'bool':
      encode = (value) => (value ? 'true' : 'false');
      break;
    case 'str':
      encode = (value) => quotePythonJsonString(String(value), ensureAscii);
      break;
    default: {
      // the generic writer, one level down as in the body: a one-item tuple, brackets cut off
      const wrapper: PyType = { kind: 'tuple', items: [type], rest: null };
      encode = (value) => encodePythonJson([value], wrapper, style).slice(1, -1);
    }
  }
  return (value) => (value === null || value === undefined ? 'null' : encode(value));
}

function terminalEncoder(style: PythonJsonStyle): (terminal: TerminalInfo | null | undefined) => string {
  const [item, key] = style === 'request' ? [', ', ': '] : [',', ':'];
  const parts = TERMINAL_FIELDS.map(
    ([field, wire, type], i) =>
      [
        `${i === 0 ? '{' : item}${quotePythonJsonString(wire, false)}${key}`,
        field,
        fieldEncoder(type, style),
      ] as const,
  );
  return (terminal) => {
    if (terminal === null || terminal === undefined) return 'null';
    let out = '';
    for (const [prefix, field, encode] of parts) out += prefix + encode(terminal[field]);
    return `${out}}`;
  };
}

type BodyEncoder = (synapse: SynapseData<SynapseFields>) => string;

function buildEncoder(definition: AnySynapseDefinition, style: PythonJsonStyle): BodyEncoder {
  const ensureAscii = style === 'request';
  const [item, key] = style === 'request' ? [', ', ': '] : [',', ':'];
  const label = (name: string, first = false) =>
    `${first ? '{' : item}${quotePythonJsonString(name, ensureAscii)}${key}`;
  const terminal = terminalEncoder(style);
  const timeout = fieldEncoder({ kind: 'float' }, style);
  const str = fieldEncoder({ kind: 'str' }, style);
  const int = fieldEncoder(PY_INT, style);
  const head = `${label('name', true)}${str(definition.name)}${label('timeout')}`;
  const [totalSize, headerSize, dendrite, axon, bodyHash] = [
    label('total_size'),
    label('header_size'),
    label('dendrite'),
    label('axon'),
    label('computed_body_hash'),
  ];
  const fields = [...definition.fieldTypes].map(
    ([name, type]) => [label(name), name, fieldEncoder(type ?? PY_ANY, style)] as const,
  );
  return (s) => {
    let out = `${head}${timeout(s.timeout)}${totalSize}${int(s.totalSize)}${headerSize}${int(s.headerSize)}`;
    out += `${dendrite}${terminal(s.dendrite)}${axon}${terminal(s.axon)}${bodyHash}${str(s.computedBodyHash)}`;
    const values = s as Record<string, unknown>;
    for (const [prefix, name, encode] of fields) out += prefix + encode(values[name]);
    return `${out}}`;
  };
}

const ENCODERS = {
  request: new WeakMap<object, BodyEncoder>(),
  response: new WeakMap<object, BodyEncoder>(),
};

/** The JSON body of a synapse in a Python style (see the file comment). */
export function encodeSynapseJson(
  definition: AnySynapseDefinition,
  synapse: SynapseData<SynapseFields>,
  style: PythonJsonStyle,
): string {
  const cache = ENCODERS[style];
  let encoder = cache.get(definition);
  if (encoder === undefined) {
    encoder = buildEncoder(definition, style);
    cache.set(definition, encoder);
  }
  return encoder(synapse);
}
