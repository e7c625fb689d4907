/**
 * `TerminalInfo`: what a synapse knows about one end of a call (the dendrite that sent it, the axon that
 * served it). Fields are camelCase here and snake_case on the wire, in the SDK's declaration order, which is
 * also the order of the `bt_header_axon_*` / `bt_header_dendrite_*` headers. Every field may be null (None).
 * Ints and floats are cast like the SDK's before-validators (`int(x)`, `float(x)`): headers arrive as text.
 */
import { z } from 'zod';
import { PY_FLOAT, PY_INT, PY_STR, type PyType, pyModel, pyOptional } from '../python/pyType.js';

export interface TerminalInfo {
  statusCode: number | null;
  statusMessage: string | null;
  /** Seconds, as a float. */
  processTime: number | null;
  ip: string | null;
  port: number | null;
  version: number | null;
  /** Unix-epoch nanoseconds. */
  nonce: bigint | null;
  uuid: string | null;
  /** SS58 address of the terminal's hotkey. */
  hotkey: string | null;
  /** `0x` + 128 hex digits. */
  signature: string | null;
}

/** [camelCase field, wire name, Python type] in the SDK's declaration order. */
export const TERMINAL_FIELDS = [
  ['statusCode', 'status_code', PY_INT],
  ['statusMessage', 'status_message', PY_STR],
  ['processTime', 'process_time', PY_FLOAT],
  ['ip', 'ip', PY_STR],
  ['port', 'port', PY_INT],
  ['version', 'version', PY_INT],
  ['nonce', 'nonce', PY_INT],
  ['uuid', 'uuid', PY_STR],
  ['hotkey', 'hotkey', PY_STR],
  ['signature', 'signature', PY_STR],
] as const satisfies readonly (readonly [keyof TerminalInfo, string, PyType])[];

export const TERMINAL_PY_TYPE: PyType = pyModel(
  TERMINAL_FIELDS.map(([, wire, t]) => [wire, pyOptional(t)] as const),
);

export function createTerminalInfo(init?: Partial<TerminalInfo>): TerminalInfo {
  const empty: TerminalInfo = {
    statusCode: null,
    statusMessage: null,
    processTime: null,
    ip: null,
    port: null,
    version: null,
    nonce: null,
    uuid: null,
    hotkey: null,
    signature: null,
  };
  return init === undefined ? empty : { ...empty, ...init };
}

const FLOAT_TEXT = /^-?(?:\d[\d_]*\.?\d*|\.\d+)(?:e[+-]?\d+)?$/;
const FLOAT_WORDS: Record<string, number> = { inf: Infinity, infinity: Infinity, nan: Number.NaN };
const INT_TEXT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;
/** Text that `Number()` reads exactly as Python's `int()` / `float()` do (the usual header values). */
const PLAIN_SMALL_INT = /^\d{1,15}$/;
const PLAIN_DECIMAL = /^-?\d{1,15}(?:\.\d{1,15})?$/;

/** Python `int(x)` for what JSON or a header can carry; throws on anything int() refuses. */
export function castPythonInt(raw: unknown): bigint | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'bigint') return raw;
  if (typeof raw === 'boolean') return raw ? 1n : 0n;
  if (typeof raw === 'number' && Number.isFinite(raw)) return BigInt(Math.trunc(raw));
  if (typeof raw === 'string' && INT_TEXT.test(raw)) return BigInt(raw.replaceAll('_', '').trim());
  throw new Error(`invalid literal for int(): ${JSON.stringify(String(raw)).slice(0, 40)}`);
}

/** Python `float(x)` for what JSON or a header can carry. */
export function castPythonFloat(raw: unknown): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'bigint') return Number(raw);
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  if (typeof raw === 'string') {
    if (PLAIN_DECIMAL.test(raw)) return Number(raw);
    const text = raw.trim().toLowerCase().replace(/^\+/, '');
    const special = FLOAT_WORDS[text.replace(/^-/, '')];
    if (special !== undefined) return text.startsWith('-') ? -special : special;
    if (FLOAT_TEXT.test(text)) return Number(text.replaceAll('_', ''));
  }
  throw new Error(`could not convert to float: ${JSON.stringify(String(raw)).slice(0, 40)}`);
}

function castSmallInt(raw: unknown): number | null {
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return raw;
  if (typeof raw === 'string' && PLAIN_SMALL_INT.test(raw)) return Number(raw);
  const value = castPythonInt(raw);
  if (value === null) return null;
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new Error('integer out of range');
  }
  return Number(value);
}

function castText(raw: unknown): string | null {
  if (raw === null || raw === undefined || typeof raw === 'string') return raw ?? null;
  throw new Error(`expected a string, got ${typeof raw}`);
}

const CASTS: Record<keyof TerminalInfo, (raw: unknown) => unknown> = {
  statusCode: castSmallInt,
  statusMessage: castText,
  processTime: castPythonFloat,
  ip: castText,
  port: castSmallInt,
  version: castSmallInt,
  nonce: castPythonInt,
  uuid: castText,
  hotkey: castText,
  signature: castText,
};

/** One terminal field cast from its wire value (JSON or header text) as the SDK's validators do; throws. */
export function castTerminalField<K extends keyof TerminalInfo>(field: K, raw: unknown): TerminalInfo[K] {
  return CASTS[field](raw) as TerminalInfo[K];
}

/** A wire (snake_case) terminal object, cast field by field; `null` is an empty terminal. Throws naming the field. */
export function parseTerminalInfo(raw: unknown): TerminalInfo {
  const terminal = createTerminalInfo();
  if (raw === null || raw === undefined) return terminal;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error('a terminal is an object');
  const record = raw as Record<string, unknown>;
  const out = terminal as unknown as Record<string, unknown>;
  for (const [field, wire] of TERMINAL_FIELDS) {
    try {
      out[field] = CASTS[field](record[wire]);
    } catch (error) {
      throw new Error(`${wire}: ${(error as Error).message}`);
    }
  }
  return terminal;
}

/** The wire TerminalInfo as a zod schema (parsed into the camelCase TerminalInfo). */
export const TerminalInfoSchema = z.unknown().transform((raw, ctx): TerminalInfo => {
  try {
    return parseTerminalInfo(raw);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** The wire (snake_case) object of a terminal, every field present, in declaration order. */
export function toWireTerminal(terminal: TerminalInfo): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, wire] of TERMINAL_FIELDS) out[wire] = terminal[field];
  return out;
}
