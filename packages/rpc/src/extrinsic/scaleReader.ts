/**
 * A strict SCALE reader for untrusted bytes (extrinsics, blocks from the wire): every read is bounds
 * checked and compact integers must be canonical (the shortest form), as parity-scale-codec demands.
 * Failures are `TaonetError('BAD_FORMAT')`.
 */
import { TaonetError } from '@taonet/primitives';

const U32_MAX = 0xffff_ffff;

export function badFormat(message: string, details: Record<string, unknown> = {}): TaonetError {
  return new TaonetError('BAD_FORMAT', message, { details });
}

export class ScaleReader {
  offset = 0;

  constructor(readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  u8(): number {
    if (this.remaining < 1) throw badFormat(`unexpected end of input at byte ${this.offset}`);
    return this.bytes[this.offset++]!;
  }

  u32(): number {
    const b = this.take(4);
    return (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
  }

  /** `n` bytes (a copy, safe to keep). */
  take(n: number): Uint8Array {
    if (this.remaining < n) {
      throw badFormat(`needed ${n} bytes at byte ${this.offset}, ${this.remaining} left`);
    }
    const out = this.bytes.slice(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  /** The rest of the input. */
  rest(): Uint8Array {
    return this.take(this.remaining);
  }

  compactBigInt(max?: bigint): bigint {
    const first = this.u8();
    const mode = first & 3;
    let value: bigint;
    if (mode === 0) value = BigInt(first >> 2);
    else if (mode === 1) {
      value = BigInt(((first | (this.u8() << 8)) >>> 2) & 0x3fff);
      if (value < 64n) throw badFormat('non-canonical compact integer');
    } else if (mode === 2) {
      const rest = this.take(3);
      value = BigInt((first | (rest[0]! << 8) | (rest[1]! << 16) | (rest[2]! << 24)) >>> 2);
      if (value < 1n << 14n) throw badFormat('non-canonical compact integer');
    } else {
      const length = (first >> 2) + 4;
      const bytes = this.take(length);
      if (bytes[length - 1] === 0) throw badFormat('non-canonical compact integer');
      value = 0n;
      for (let i = length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
      if (value < 1n << 30n) throw badFormat('non-canonical compact integer');
    }
    if (max !== undefined && value > max) throw badFormat(`compact integer ${value} exceeds ${max}`);
    return value;
  }

  compactNumber(max = U32_MAX): number {
    return Number(this.compactBigInt(BigInt(max)));
  }

  ensureEnd(what: string): void {
    if (this.remaining !== 0) throw badFormat(`${this.remaining} unexpected trailing bytes after ${what}`);
  }
}

/** SCALE compact encoding of an unsigned integer. */
export function encodeCompact(value: number | bigint): Uint8Array {
  const n = BigInt(value);
  if (n < 0n) throw new RangeError(`compact integers are unsigned, got ${n}`);
  if (n < 1n << 6n) return Uint8Array.of(Number(n) << 2);
  if (n < 1n << 14n) {
    const v = (Number(n) << 2) | 1;
    return Uint8Array.of(v & 0xff, v >> 8);
  }
  if (n < 1n << 30n) {
    const v = ((Number(n) << 2) | 2) >>> 0;
    return Uint8Array.of(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
  }
  const bytes: number[] = [];
  for (let rest = n; rest > 0n; rest >>= 8n) bytes.push(Number(rest & 0xffn));
  return Uint8Array.of(((bytes.length - 4) << 2) | 3, ...bytes);
}

export function encodeU32(value: number): Uint8Array {
  return Uint8Array.of(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff);
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
