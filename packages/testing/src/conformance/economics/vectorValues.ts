/**
 * Reading economics vector fields: integers arrive as JSON numbers (up to 2^53-1) or decimal strings, a few
 * Rust literals appear as text (`"u64::MAX"`), fixed-point values are raw bits.
 */
import { U64_MAX } from '@taonet/primitives';

export type Rec = Readonly<Record<string, unknown>>;

export class VectorShapeError extends Error {}

export function rec(value: unknown, what: string): Rec {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new VectorShapeError(`${what}: expected an object`);
  }
  return value as Rec;
}

export function arr(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new VectorShapeError(`${what}: expected an array`);
  return value;
}

const INTEGER = /^-?\d+$/;

/** An integer field: number, decimal string (underscores allowed) or `u64::MAX`. */
export function big(value: unknown, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (typeof value === 'string') {
    const text = value.replaceAll('_', '').trim();
    if (INTEGER.test(text)) return BigInt(text);
    if (text === 'u64::MAX') return U64_MAX;
  }
  throw new VectorShapeError(`${what}: expected an integer, got ${JSON.stringify(value)}`);
}

export function isIntegerLike(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value);
  return typeof value === 'string' && (INTEGER.test(value.replaceAll('_', '')) || value === 'u64::MAX');
}

export function num(value: unknown, what: string): number {
  if (typeof value === 'number') return value;
  throw new VectorShapeError(`${what}: expected a number, got ${JSON.stringify(value)}`);
}

export function bool(value: unknown, what: string): boolean {
  if (typeof value === 'boolean') return value;
  throw new VectorShapeError(`${what}: expected a boolean, got ${JSON.stringify(value)}`);
}

export function str(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  throw new VectorShapeError(`${what}: expected a string, got ${JSON.stringify(value)}`);
}

/** A field that may be absent: its value, or the fallback. */
export function optBig(record: Rec, key: string, fallback: bigint): bigint {
  return record[key] === undefined || record[key] === null ? fallback : big(record[key], key);
}

/** Perquintill parts from a decimal weight such as 0.25 or "0.773" (its shortest decimal, 18 places). */
export function perquintillFromDecimal(x: number | string): bigint {
  const match = /^(\d+)(?:\.(\d{0,18}))?$/.exec(String(x));
  if (match === null) throw new VectorShapeError(`weight ${x}: expected a plain decimal`);
  return BigInt(match[1] ?? '0') * 10n ** 18n + BigInt((match[2] ?? '').padEnd(18, '0'));
}
