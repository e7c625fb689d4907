/**
 * Substrate's transaction era (`sp_runtime::generic::Era`): immortal, or mortal for `period` blocks
 * (a power of two in 4..=65536) from the block whose number is `phase` modulo `period`. Encoded as 0x00
 * (immortal) or two bytes: `min(max(trailing_zeros(period) - 1, 1), 15) | (phase / quantize) << 4`, LE.
 */
import { badFormat, type ScaleReader } from './scaleReader.js';

export type Era =
  | { readonly kind: 'immortal' }
  | { readonly kind: 'mortal'; readonly period: number; readonly phase: number };

export const IMMORTAL_ERA: Era = { kind: 'immortal' };

/** The era subtensor clients use by default: 64 blocks. */
export const DEFAULT_ERA_PERIOD = 64;

const trailingZeros = (n: number) => 31 - Math.clz32(n & -n);

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** `Era::mortal(period, current)`: a mortal era starting at block `current` (period rounded up, clamped). */
export function createMortalEra(period: number, current: number): Era {
  const clamped = Math.min(Math.max(nextPowerOfTwo(period), 4), 1 << 16);
  const phase = current % clamped;
  const quantize = Math.max(clamped >> 12, 1);
  return { kind: 'mortal', period: clamped, phase: Math.floor(phase / quantize) * quantize };
}

export function encodeEra(era: Era): Uint8Array {
  if (era.kind === 'immortal') return Uint8Array.of(0);
  const quantize = Math.max(era.period >> 12, 1);
  const encoded =
    Math.min(Math.max(trailingZeros(era.period) - 1, 1), 15) | (Math.floor(era.phase / quantize) << 4);
  return Uint8Array.of(encoded & 0xff, encoded >> 8);
}

export function readEra(reader: ScaleReader): Era {
  const first = reader.u8();
  if (first === 0) return IMMORTAL_ERA;
  const encoded = first | (reader.u8() << 8);
  const period = 2 << (encoded % 16);
  const quantize = Math.max(period >> 12, 1);
  const phase = (encoded >> 4) * quantize;
  if (period < 4 || phase >= period) throw badFormat('invalid mortal era');
  return { kind: 'mortal', period, phase };
}

/** The block the era started at, seen from block `current` (0 for immortal). */
export function getEraBirth(era: Era, current: number): number {
  if (era.kind === 'immortal') return 0;
  return Math.floor((Math.max(current, era.phase) - era.phase) / era.period) * era.period + era.phase;
}

/** The first block at which the era is over (`Infinity` for immortal). */
export function getEraDeath(era: Era, current: number): number {
  return era.kind === 'immortal' ? Number.POSITIVE_INFINITY : getEraBirth(era, current) + era.period;
}
