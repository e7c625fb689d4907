/**
 * A storage item's value codec with two shortcuts that leave every result unchanged:
 * - scale-ts' scalar codecs (`u8` ... `i128`, `bool`) and the primitives' codecs built on them (`NetUid`,
 *   `AccountId`, fixed-point bits...) decode by hand: scale-ts wraps each top-level input in a fresh object
 *   with a DataView, which costs more than the decoding itself;
 * - decoded values are remembered per stored byte array (state values are never mutated in place: a write
 *   stores new bytes, and backends hand out bytes they do not reuse), so reading the same bytes again skips
 *   decoding. Only immutable results (primitives) and flat arrays of primitives (handed out as copies) are
 *   remembered.
 */
import {
  AccountIdCodec,
  AlphaRaoCodec,
  BlockNumberCodec,
  HashCodec,
  I32F32Codec,
  I64F64Codec,
  I96F32Codec,
  MechIdCodec,
  NetUidCodec,
  RaoCodec,
  U64F64Codec,
  U96F32Codec,
  UidCodec,
} from '@taonet/primitives';
import { bool, type Codec, i8, i16, i32, i64, i128, u8, u16, u32, u64, u128 } from 'scale-ts';
import { hexOf } from './keyPartEncoder.js';

/** Decodes a value from `bytes` at byte `at` (a subarray's own offset honoured). */
export type Decode<V = unknown> = (bytes: Uint8Array, at: number) => V;

const view = (bytes: Uint8Array, at: number) =>
  new DataView(bytes.buffer, bytes.byteOffset + at, bytes.length - at);

/** Throws as DataView does when `size` bytes from `at` run past the end. */
function check(bytes: Uint8Array, at: number, size: number): void {
  if (at + size > bytes.length) throw new RangeError('Offset is outside the bounds of the DataView');
}

const readU8: Decode<number> = (bytes, at) => {
  check(bytes, at, 1);
  return bytes[at]!;
};
const readU16: Decode<number> = (bytes, at) => {
  check(bytes, at, 2);
  return bytes[at]! | (bytes[at + 1]! << 8);
};
const readU32: Decode<number> = (bytes, at) => {
  check(bytes, at, 4);
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
};
const readU64: Decode<bigint> = (bytes, at) => view(bytes, at).getBigUint64(0, true);
const readI64: Decode<bigint> = (bytes, at) => view(bytes, at).getBigInt64(0, true);
const read128 = (signed: boolean): Decode<bigint> => {
  return (bytes, at) => {
    const data = view(bytes, at);
    const high = signed ? data.getBigInt64(8, true) : data.getBigUint64(8, true);
    return (high << 64n) | data.getBigUint64(0, true);
  };
};
/** `0x` hex of 32 bytes, as `AccountIdCodec` / `HashCodec` decode them */
const readHex32 = <V>(codec: Codec<V>): Decode => {
  return (bytes, at) =>
    bytes.length - at < 32 ? codec.dec(bytes.slice(at)) : `0x${hexOf(bytes, at, at + 32)}`;
};

/** scale-ts' scalar codecs and the primitives' codecs over them (the brand is a type only). */
const FAST_DECODERS = new Map<unknown, Decode>([
  [u8, readU8],
  [u16, readU16],
  [u32, readU32],
  [u64, readU64],
  [u128, read128(false)],
  [i8, (bytes, at) => (readU8(bytes, at) << 24) >> 24],
  [i16, (bytes, at) => (readU16(bytes, at) << 16) >> 16],
  [i32, (bytes, at) => readU32(bytes, at) | 0],
  [i64, readI64],
  [i128, read128(true)],
  [bool, (bytes, at) => readU8(bytes, at) !== 0],
  [NetUidCodec, readU16],
  [UidCodec, readU16],
  [MechIdCodec, readU8],
  [BlockNumberCodec, readU32],
  [RaoCodec, readU64],
  [AlphaRaoCodec, readU64],
  [I32F32Codec, readI64],
  [I64F64Codec, read128(true)],
  [I96F32Codec, read128(true)],
  [U64F64Codec, read128(false)],
  [U96F32Codec, read128(false)],
  [AccountIdCodec, readHex32(AccountIdCodec)],
  [HashCodec, readHex32(HashCodec)],
]);

/**
 * `codec.dec` of the bytes from `at` on, by hand for the scalar codecs above; any other codec gets them
 * copied to a buffer of their own unless they are one already (scale-ts reads from the start of the
 * underlying buffer).
 */
export function fastDecoder<V>(codec: Codec<V>): Decode<V> {
  const known = FAST_DECODERS.get(codec);
  if (known !== undefined) return known as Decode<V>;
  return (bytes, at) => {
    const whole = at === 0 && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    return codec.dec(whole ? bytes : bytes.slice(at));
  };
}

const isPrimitive = (value: unknown): boolean => {
  const kind = typeof value;
  return kind !== 'object' && kind !== 'function';
};

function isFlatArray(value: unknown): value is unknown[] {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isPrimitive(element) || element === undefined) return false;
  return true;
}

export class ValueCodec<V> {
  private readonly decoder: Decode<V>;
  private readonly decoded = new WeakMap<Uint8Array, unknown>();

  constructor(readonly codec: Codec<V>) {
    this.decoder = fastDecoder(codec);
  }

  decode(bytes: Uint8Array): V {
    const known = this.decoded.get(bytes);
    if (known !== undefined) return (Array.isArray(known) ? known.slice() : known) as V;
    const value = this.decoder(bytes, 0);
    this.remember(bytes, value);
    return value;
  }

  /** (Encoded values are not remembered: `dec(enc(v))` need not be `v`, e.g. a u16 above 65535.) */
  encode(value: V): Uint8Array {
    return this.codec.enc(value);
  }

  private remember(bytes: Uint8Array, value: V): void {
    if (value === undefined) return;
    if (isPrimitive(value)) this.decoded.set(bytes, value);
    else if (isFlatArray(value)) this.decoded.set(bytes, value.slice());
  }
}
