/**
 * Synapse headers (`Synapse.to_headers()` / `parse_headers_to_inputs()`), in the SDK's order:
 * `name`, `timeout`, `bt_header_axon_<field>` and `bt_header_dendrite_<field>` for each non-None terminal
 * field, `bt_header_input_obj_<field>` for each required field (base64 of the JSON of an EMPTY value of its
 * type, not the value: it only lets a Python axon build the class from headers), `header_size`,
 * `total_size`, `computed_body_hash`. Values are Python `str()` renderings (`12.0`, `200`, `None` never sent).
 */
import { TaonetError } from '@taonet/primitives';
import { PY_ANY, type PyType } from '../python/pyType.js';
import { formatPythonFloat, toPythonStr } from '../python/pythonRepr.js';
import { computeBodyHash } from './bodyHash.js';
import type { AnySynapseDefinition, HeaderMap, SynapseData, SynapseFields } from './defineSynapse.js';
import {
  castPythonFloat,
  castPythonInt,
  castTerminalField,
  createTerminalInfo,
  TERMINAL_FIELDS,
  type TerminalInfo,
} from './terminalInfo.js';

export const AXON_PREFIX = 'bt_header_axon_';
export const DENDRITE_PREFIX = 'bt_header_dendrite_';
export const INPUT_OBJ_PREFIX = 'bt_header_input_obj_';

export type HeaderList = [string, string][];

/** [entries from, bytes]: CPython 3.11 dict sizes by key count, largest first. */
const DICT_SIZES: readonly (readonly [number, number])[] = [
  [1366, 51968],
  [683, 26032],
  [342, 13056],
  [171, 6576],
  [86, 3328],
  [43, 1584],
  [22, 832],
  [11, 464],
  [6, 272],
  [1, 184],
];

/** `sys.getsizeof` of a CPython 3.11 dict grown to `entries` keys: what the SDK puts in `header_size`. */
export function cpythonDictSize(entries: number): number {
  for (const [from, size] of DICT_SIZES) if (entries >= from) return size;
  return 64;
}

function emptyJsonOf(value: unknown, type: PyType): string {
  switch (type.kind) {
    case 'optional':
      return emptyJsonOf(value, type.inner);
    case 'int':
      return '0';
    case 'float':
      return '0.0';
    case 'str':
      return '""';
    case 'bool':
      return 'false';
    case 'list':
    case 'tuple':
      return '[]';
    case 'dict':
    case 'model':
      return '{}';
    default:
      if (typeof value === 'boolean') return 'false';
      if (typeof value === 'bigint') return '0';
      if (typeof value === 'number') return Number.isInteger(value) ? '0' : '0.0';
      if (typeof value === 'string') return '""';
      return Array.isArray(value) ? '[]' : '{}';
  }
}

/** `base64(json.dumps(type(value)()))`: the dummy a `bt_header_input_obj_*` header carries. */
export function encodeInputObj(value: unknown, type: PyType): string {
  const cached = INPUT_OBJ_OF_TYPE.get(type);
  if (cached !== undefined) return cached;
  const encoded = Buffer.from(emptyJsonOf(value, type)).toString('base64');
  if (!dependsOnValue(type)) INPUT_OBJ_OF_TYPE.set(type, encoded);
  return encoded;
}

/** The header of a declared type is the same for every value (only `any` looks at the value). */
const INPUT_OBJ_OF_TYPE = new WeakMap<PyType, string>();

function dependsOnValue(type: PyType): boolean {
  return type.kind === 'optional' ? dependsOnValue(type.inner) : !KINDS_OF_EMPTY_JSON.has(type.kind);
}

const KINDS_OF_EMPTY_JSON = new Set<PyType['kind']>([
  'int',
  'float',
  'str',
  'bool',
  'list',
  'tuple',
  'dict',
  'model',
]);

/** `str(timeout)`, remembered for the last value (nearly every request carries the same timeout). */
let lastTimeout: [number, string] = [12, formatPythonFloat(12)];
function formatTimeout(timeout: number): string {
  if (!Object.is(lastTimeout[0], timeout)) lastTimeout = [timeout, formatPythonFloat(timeout)];
  return lastTimeout[1];
}

function terminalHeaders(prefix: string, terminal: TerminalInfo, out: string[]): void {
  for (const [field, wire, type] of TERMINAL_FIELDS) {
    const value = terminal[field];
    if (value !== null) out.push(`${prefix}${wire}`, toPythonStr(value, type));
  }
}

/**
 * Appends the headers of a synapse to a flat list (name, value, name, value..., as `writeHead` takes them),
 * in the SDK's order; `totalSize` stands for the synapse's own.
 */
export function appendSynapseHeaders(
  out: string[],
  definition: AnySynapseDefinition,
  synapse: SynapseData<SynapseFields>,
  bodyHash: string,
  totalSize: number = synapse.totalSize,
): void {
  const start = out.length;
  out.push('name', definition.name, 'timeout', formatTimeout(synapse.timeout));
  terminalHeaders(AXON_PREFIX, synapse.axon, out);
  terminalHeaders(DENDRITE_PREFIX, synapse.dendrite, out);
  for (const field of definition.requiredFields) {
    const value = (synapse as Record<string, unknown>)[field];
    if (value !== null && value !== undefined) {
      out.push(
        `${INPUT_OBJ_PREFIX}${field}`,
        encodeInputObj(value, definition.fieldTypes.get(field) ?? PY_ANY),
      );
    }
  }
  out.push('header_size', String(cpythonDictSize((out.length - start) / 2)));
  out.push('total_size', String(totalSize), 'computed_body_hash', bodyHash);
}

/** The headers of a synapse, in the SDK's order (the body hash computed unless given). */
export function encodeSynapseHeaders(
  definition: AnySynapseDefinition,
  synapse: SynapseData<SynapseFields>,
  bodyHash: string = computeBodyHash(definition, synapse),
): HeaderList {
  const flat: string[] = [];
  appendSynapseHeaders(flat, definition, synapse, bodyHash);
  const out: HeaderList = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

export interface DecodedHeaders {
  name: string | null;
  timeout: number | null;
  headerSize: number | null;
  totalSize: number | null;
  computedBodyHash: string | null;
  dendrite: TerminalInfo;
  axon: TerminalInfo;
  /** Decoded `bt_header_input_obj_*` values (undecodable ones skipped, as the SDK does). */
  inputs: Record<string, unknown>;
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Full header name -> [which terminal, camelCase field], e.g. `bt_header_dendrite_nonce`. */
const TERMINAL_HEADERS = new Map<string, ['axon' | 'dendrite', keyof TerminalInfo]>(
  TERMINAL_FIELDS.flatMap(([field, wire]) => [
    [`${AXON_PREFIX}${wire}`, ['axon', field]] as const,
    [`${DENDRITE_PREFIX}${wire}`, ['dendrite', field]] as const,
  ]),
);

function decodeInputObj(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Decoded headers; the `bt_header_input_obj_*` values are decoded on first read (error replies need them). */
class HeadersRead implements DecodedHeaders {
  timeout: number | null = null;
  headerSize: number | null = null;
  totalSize: number | null = null;
  dendrite: TerminalInfo = createTerminalInfo();
  axon: TerminalInfo = createTerminalInfo();
  inputTexts: [string, string][] | null = null;
  #inputs: Record<string, unknown> | null = null;
  constructor(
    readonly name: string | null,
    readonly computedBodyHash: string | null,
  ) {}

  get inputs(): Record<string, unknown> {
    if (this.#inputs === null) {
      this.#inputs = {};
      for (const [field, text] of this.inputTexts ?? []) {
        const value = decodeInputObj(text);
        if (value !== undefined) this.#inputs[field] = value;
      }
    }
    return this.#inputs;
  }
}

function readHeaders(out: HeadersRead, headers: HeaderMap): void {
  for (const key in headers) {
    if (!key.startsWith('bt_header_')) continue;
    const text = headerText(headers[key]);
    if (text === undefined) continue;
    const terminal = TERMINAL_HEADERS.get(key);
    if (terminal !== undefined) {
      (out[terminal[0]] as unknown as Record<string, unknown>)[terminal[1]] = castTerminalField(
        terminal[1],
        text,
      );
    } else if (key.startsWith(INPUT_OBJ_PREFIX)) {
      (out.inputTexts ??= []).push([key.slice(INPUT_OBJ_PREFIX.length), text]);
    }
  }
}

/**
 * Reads synapse headers (names lower-case, as Node delivers them). Unknown headers are ignored; a terminal
 * field that does not cast (a non-numeric port, say) throws INVALID_SYNAPSE_HEADERS.
 */
export function decodeSynapseHeaders(headers: HeaderMap): DecodedHeaders {
  const out = new HeadersRead(
    headerText(headers.name) ?? null,
    headerText(headers.computed_body_hash) ?? null,
  );
  try {
    // deterministic: header order does not matter, each header names its own field
    readHeaders(out, headers);
    out.timeout = castPythonFloat(headerText(headers.timeout));
    const headerSize = castPythonInt(headerText(headers.header_size));
    const totalSize = castPythonInt(headerText(headers.total_size));
    out.headerSize = headerSize === null ? null : Number(headerSize);
    out.totalSize = totalSize === null ? null : Number(totalSize);
  } catch (cause) {
    throw new TaonetError(
      'INVALID_SYNAPSE_HEADERS',
      `unparsable synapse headers: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
  return out;
}
