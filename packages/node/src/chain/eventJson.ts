/**
 * Events as stored per block and served over RPC: JSON with bigints as decimal strings and bytes as
 * 0x hex, in Substrate's record shape `{ phase, event: { pallet, name, data }, topics }` where the phase
 * is `{ applyExtrinsic: n }`, `"initialization"` or `"finalization"`.
 */
import { toHex } from '@taonet/primitives';
import type { PhasedEvent } from '@taonet/runtime';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface EventRecord {
  readonly phase: { readonly applyExtrinsic: number } | 'initialization' | 'finalization';
  readonly event: { readonly pallet: string; readonly name: string; readonly data: JsonValue };
  readonly topics: readonly string[];
}

/** Plain JSON of a runtime value: bigint -> decimal string, bytes -> hex, Map -> entries. */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Uint8Array) return toHex(value);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [toJsonValue(k), toJsonValue(v)]);
  if (value instanceof Set) return [...value].map(toJsonValue);
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    // deterministic: keys keep the insertion order of the runtime's record
    for (const [key, inner] of Object.entries(value)) out[key] = toJsonValue(inner);
    return out;
  }
  return String(value);
}

export function toEventRecords(events: readonly PhasedEvent[]): EventRecord[] {
  return events.map(({ phase, pallet, name, data }) => ({
    phase: phase.kind === 'applyExtrinsic' ? { applyExtrinsic: phase.index } : phase.kind,
    event: { pallet, name, data: toJsonValue(data) },
    topics: [],
  }));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeEventRecords(records: readonly EventRecord[]): Uint8Array {
  return encoder.encode(JSON.stringify(records));
}

export function decodeEventRecords(bytes: Uint8Array): EventRecord[] {
  return JSON.parse(decoder.decode(bytes)) as EventRecord[];
}
