/**
 * A synapse as JSON on the wire: the body of `model_dump()` (every field, base fields first, terminals with
 * all ten keys, `computed_body_hash: ""`), written the way Python writes it (pythonJson.ts), and read back
 * with the SDK's casts. Decoding also computes the body hash the SDK's axon would compute from that body.
 */
import { TaonetError } from '@taonet/primitives';
import { z } from 'zod';
import { parseJson } from '../python/parseJson.js';
import { encodePythonJson, type PythonJsonStyle } from '../python/pythonJson.js';
import { computeBodyHash } from './bodyHash.js';
import {
  type AnySynapseDefinition,
  attachDefinition,
  type Synapse,
  type SynapseData,
  type SynapseFields,
  synapseValidationError,
} from './defineSynapse.js';
import { castPythonFloat, castPythonInt, TerminalInfoSchema, toWireTerminal } from './terminalInfo.js';

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
  return encodePythonJson(toWireObject(definition, synapse), definition.wireType, style);
}

function castOr<T>(fn: (raw: unknown) => T | null, fallback: T) {
  return (raw: unknown, ctx: z.RefinementCtx): T => {
    try {
      return fn(raw) ?? fallback;
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return fallback;
    }
  };
}

const toSize = (raw: unknown) => {
  const v = castPythonInt(raw);
  return v === null ? null : Number(v);
};

const BaseWireSchema = z.object({
  timeout: z.unknown().transform(castOr(castPythonFloat, 12)),
  total_size: z.unknown().transform(castOr(toSize, 0)),
  header_size: z.unknown().transform(castOr(toSize, 0)),
  dendrite: TerminalInfoSchema,
  axon: TerminalInfoSchema,
  computed_body_hash: z.string().nullable().default(null),
});

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
  const base = BaseWireSchema.safeParse(wire);
  if (!base.success) throw synapseValidationError(definition.name, base.error, 'INVALID_SYNAPSE_BODY');
  const fields = definition.fieldsSchema.safeParse(wire);
  if (!fields.success) throw synapseValidationError(definition.name, fields.error, 'INVALID_SYNAPSE_BODY');
  const b = base.data;
  const data = {
    name: definition.name,
    timeout: b.timeout,
    totalSize: b.total_size,
    headerSize: b.header_size,
    dendrite: b.dendrite,
    axon: b.axon,
    computedBodyHash: b.computed_body_hash ?? '',
    ...fields.data,
  } as SynapseData<F>;
  return attachDefinition(data, definition) as Synapse<F, D, C>;
}

export interface DecodedSynapseBody<F extends SynapseFields, D, C> {
  synapse: Synapse<F, D, C>;
  /** The body hash the SDK computes from this body (hashed fields as sent, coerced to their types). */
  bodyHash: string;
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
  return { synapse, bodyHash: computeBodyHash(definition, values) };
}
