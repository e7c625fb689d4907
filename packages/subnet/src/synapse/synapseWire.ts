/**
 * A synapse as JSON on the wire: the body of `model_dump()` (every field, base fields first, terminals with
 * all ten keys, `computed_body_hash: ""`), written the way Python writes it (pythonJson.ts), and read back
 * with the SDK's casts. Decoding also computes the body hash the SDK's axon would compute from that body.
 */
import { TaonetError } from '@taonet/primitives';
import { parseJson } from '../python/parseJson.js';
import type { PythonJsonStyle } from '../python/pythonJson.js';
import { computeHashInputs, hashInputsDigest } from './bodyHash.js';
import {
  type AnySynapseDefinition,
  attachDefinition,
  type Synapse,
  type SynapseBase,
  type SynapseData,
  type SynapseFields,
  synapseValidationError,
} from './defineSynapse.js';
import { encodeSynapseJson } from './synapseBodyEncoder.js';
import { castPythonFloat, castPythonInt, parseTerminalInfo, toWireTerminal } from './terminalInfo.js';

/** The wire object (snake_case base fields, declared fields in order) of a synapse. */
export function toWireObject(
  definition: AnySynapseDefinition,
  synapse: SynapseData<SynapseFields>,
): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    name: definition.name,
    timeout: synapse.timeout,
    total_size: synapse.totalSize,
    header_size: synapse.headerSize,
    dendrite: toWireTerminal(synapse.dendrite),
    axon: toWireTerminal(synapse.axon),
    computed_body_hash: synapse.computedBodyHash,
  };
  for (const field of definition.fieldTypes.keys()) wire[field] = (synapse as Record<string, unknown>)[field];
  return wire;
}

/** The JSON body of a synapse: `request` as a dendrite sends it, `response` as an axon answers. */
export function encodeSynapseBody(
  definition: AnySynapseDefinition,
  synapse: SynapseData<SynapseFields>,
  style: PythonJsonStyle,
): string {
  return encodeSynapseJson(definition, synapse, style);
}

function toSize(raw: unknown): number {
  const value = castPythonInt(raw);
  return value === null ? 0 : Number(value);
}

function castBase<T>(field: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw new Error(`${field}: ${(error as Error).message}`);
  }
}

/** The base fields of a wire object, cast as the SDK's validators do (no zod: this runs on every request). */
export function parseSynapseBase(name: string, wire: Record<string, unknown>): SynapseBase {
  const hash = wire.computed_body_hash;
  if (hash !== null && hash !== undefined && typeof hash !== 'string')
    throw new Error('computed_body_hash: not a string');
  return {
    name,
    timeout: castBase('timeout', () => castPythonFloat(wire.timeout) ?? 12),
    totalSize: castBase('total_size', () => toSize(wire.total_size)),
    headerSize: castBase('header_size', () => toSize(wire.header_size)),
    dendrite: castBase('dendrite', () => parseTerminalInfo(wire.dendrite)),
    axon: castBase('axon', () => parseTerminalInfo(wire.axon)),
    computedBodyHash: hash ?? '',
  };
}

/** A synapse from a parsed wire object; throws INVALID_SYNAPSE_BODY naming the first bad field. */
export function fromWireObject<F extends SynapseFields, D, C>(
  definition: AnySynapseDefinition,
  wire: unknown,
): Synapse<F, D, C> {
  if (wire === null || typeof wire !== 'object' || Array.isArray(wire)) {
    throw new TaonetError(
      'INVALID_SYNAPSE_BODY',
      `synapse ${definition.name}: the body is not a JSON object`,
    );
  }
  let base: SynapseBase;
  try {
    base = parseSynapseBase(definition.name, wire as Record<string, unknown>);
  } catch (error) {
    throw new TaonetError('INVALID_SYNAPSE_BODY', `synapse ${definition.name}: ${(error as Error).message}`);
  }
  const fields = definition.fieldsSchema.safeParse(wire);
  if (!fields.success) throw synapseValidationError(definition.name, fields.error, 'INVALID_SYNAPSE_BODY');
  // the declared fields after the base ones, added in place (cheaper than spreading both into a new object)
  const synapse = base as unknown as Record<string, unknown>;
  const values = fields.data as Record<string, unknown>;
  // deterministic: zod's output has the declared fields, in declaration order
  for (const key in values) {
    if (key === '__proto__') {
      Object.defineProperty(synapse, key, {
        value: values[key],
        writable: true,
        enumerable: true,
        configurable: true,
      });
    } else synapse[key] = values[key];
  }
  return attachDefinition(synapse as SynapseData<F>, definition) as Synapse<F, D, C>;
}

export interface DecodedSynapseBody<F extends SynapseFields, D, C> {
  synapse: Synapse<F, D, C>;
  /** The body hash the SDK computes from this body (hashed fields as sent, coerced to their types). */
  bodyHash: string;
  /** The `str()` of each hashed field that `bodyHash` covers. */
  hashInputs: string[];
}

/** Parses and validates a JSON body (Python's json.loads semantics), without its body hash. */
export function readSynapseBody<F extends SynapseFields, D, C>(
  definition: AnySynapseDefinition,
  text: string,
): Synapse<F, D, C> {
  return fromWireObject<F, D, C>(definition, parseJson(text));
}

/** Parses and validates a JSON body (Python's json.loads semantics) and computes its body hash. */
export function decodeSynapseBody<F extends SynapseFields, D, C>(
  definition: AnySynapseDefinition,
  text: string,
): DecodedSynapseBody<F, D, C> {
  const raw = parseJson(text);
  const synapse = fromWireObject<F, D, C>(definition, raw);
  // the raw values keep the wire's dict key order, which zod's copies lose; missing ones take the defaults
  const rawRecord = raw as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const field of definition.requiredHashFields) {
    values[field] = Object.hasOwn(rawRecord, field)
      ? rawRecord[field]
      : (synapse as Record<string, unknown>)[field];
  }
  const hashInputs = computeHashInputs(definition, values);
  return { synapse, bodyHash: hashInputsDigest(hashInputs), hashInputs };
}
