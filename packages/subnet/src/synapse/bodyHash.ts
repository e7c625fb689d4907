/**
 * The body hash, exactly as `Synapse.body_hash` computes it:
 *   sha3_256("".join(sha3_256(str(model_dump()[f]).encode()).hexdigest() for f in required_hash_fields))
 * `str()` is CPython's rendering of the field after pydantic coerced it to its declared type (pythonRepr.ts).
 * No hashed fields gives SHA3-256 of "", the same for every request (the SDK's most common case).
 */
import * as nodeCrypto from 'node:crypto';
import { PY_ANY } from '../python/pyType.js';
import { toPythonStr } from '../python/pythonRepr.js';
import type { AnySynapseDefinition } from './defineSynapse.js';

/** `crypto.hash` (Node >= 20.12): the same digest without a Hash object, about twice as fast on short input. */
const oneShotHash = (
  nodeCrypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: 'hex') => string }
).hash;

/** Lowercase hex SHA3-256 of the UTF-8 bytes of `text` (bittensor's `get_hash`); OpenSSL's, ~8x noble's. */
export function sha3Hex(text: string | Uint8Array): string {
  return oneShotHash !== undefined
    ? oneShotHash('sha3-256', text, 'hex')
    : nodeCrypto.createHash('sha3-256').update(text).digest('hex');
}

/** SHA3-256 of the empty string: the body hash of a synapse without hashed fields. */
export const EMPTY_BODY_HASH = 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a';

/** The Python `str()` of each hashed field, in hashing order (what each per-field digest covers). */
export function computeHashInputs(definition: AnySynapseDefinition, values: object): string[] {
  return definition.requiredHashFields.map((field) =>
    toPythonStr((values as Record<string, unknown>)[field], definition.fieldTypes.get(field) ?? PY_ANY),
  );
}

/** The body hash of the `str()` renderings of the hashed fields. */
export function hashInputsDigest(inputs: readonly string[]): string {
  return inputs.length === 0 ? EMPTY_BODY_HASH : sha3Hex(inputs.map(sha3Hex).join(''));
}

/** The `computed_body_hash` of a synapse's field values (lowercase hex, no 0x). */
export function computeBodyHash(definition: AnySynapseDefinition, values: object): string {
  if (definition.requiredHashFields.length === 0) return EMPTY_BODY_HASH;
  return hashInputsDigest(computeHashInputs(definition, values));
}

/** A body hash already known for some hash inputs, to skip re-hashing when they did not change. */
export interface KnownBodyHash {
  inputs: readonly string[];
  hash: string;
}

/** `computeBodyHash`, reusing `known.hash` when the fields render the same as `known.inputs`. */
export function computeBodyHashReusing(
  definition: AnySynapseDefinition,
  values: object,
  known?: KnownBodyHash,
): string {
  if (definition.requiredHashFields.length === 0) return EMPTY_BODY_HASH;
  const inputs = computeHashInputs(definition, values);
  const same =
    known !== undefined &&
    known.inputs.length === inputs.length &&
    inputs.every((v, i) => v === known.inputs[i]);
  return same ? known.hash : hashInputsDigest(inputs);
}
