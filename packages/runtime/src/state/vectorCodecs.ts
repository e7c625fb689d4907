/**
 * Hand-written SCALE codecs for the per-uid vectors and sparse rows the epoch reads and writes, byte for
 * byte those of scale-ts `Vector(u16)`, `Vector(u64)`, `Vector(bool)` and `Vector(Tuple(u16, u16))`, at a
 * fraction of the cost (scale-ts allocates a buffer and a DataView per element when encoding, and wraps
 * its input in a fresh object per decode). They are whole-value codecs: decoding starts at the first byte
 * of the given bytes (honouring a subarray's offset), so use them for a storage value, never nested
 * inside another scale-ts codec.
 */
import { type Codec, compact, createCodec } from 'scale-ts';

/** Bytes taken by a compact-encoded length. */
function compactSize(length: number): number {
  return length < 1 << 6 ? 1 : length < 1 << 14 ? 2 : length < 1 << 30 ? 4 : compact.enc(length).length;
}

/** Writes the compact encoding of `length` at the start of `out`; returns the bytes written. */
function writeCompact(out: Uint8Array, length: number): number {
  if (length < 1 << 6) {
    out[0] = length << 2;
    return 1;
  }
  if (length < 1 << 14) {
    const word = (length << 2) | 1;
    out[0] = word & 255;
    out[1] = word >>> 8;
    return 2;
  }
  if (length < 1 << 30) {
    const word = ((length << 2) | 2) >>> 0;
    out[0] = word & 255;
    out[1] = (word >>> 8) & 255;
    out[2] = (word >>> 16) & 255;
    out[3] = word >>> 24;
    return 4;
  }
  const bytes = compact.enc(length);
  out.set(bytes, 0);
  return bytes.length;
}

/** [element count, offset of the first element] of a SCALE vector. */
function readCompact(bytes: Uint8Array): [number, number] {
  if (bytes.length === 0) throw new RangeError('SCALE vector: no length prefix');
  const first = bytes[0]!;
  switch (first & 3) {
    case 0:
      return [first >>> 2, 1];
    case 1:
      if (bytes.length < 2) throw new RangeError('SCALE vector: truncated length');
      return [(first | (bytes[1]! << 8)) >>> 2, 2];
    case 2:
      if (bytes.length < 4) throw new RangeError('SCALE vector: truncated length');
      return [((first | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 2) >>> 0, 4];
    default:
      throw new RangeError('SCALE vector: length beyond 2^30 elements');
  }
}

const asBytes = (input: Uint8Array | ArrayBuffer | string): Uint8Array => {
  if (input instanceof Uint8Array) return input;
  if (typeof input === 'string') throw new TypeError('vector codecs decode bytes, not hex');
  return new Uint8Array(input);
};

/** Throws like scale-ts does when the bytes end inside the vector. */
function checkLength(bytes: Uint8Array, end: number): void {
  if (bytes.length < end) throw new RangeError(`SCALE vector: needs ${end} bytes, got ${bytes.length}`);
}

/** `Vector(u16)` */
export const VecU16: Codec<number[]> = createCodec(
  (values: number[]) => {
    const head = compactSize(values.length);
    const out = new Uint8Array(head + 2 * values.length);
    writeCompact(out, values.length);
    for (let i = 0, at = head; i < values.length; i++, at += 2) {
      const value = values[i]!;
      out[at] = value & 255;
      out[at + 1] = (value >>> 8) & 255;
    }
    return out;
  },
  (input) => {
    const bytes = asBytes(input);
    const [count, head] = readCompact(bytes);
    checkLength(bytes, head + 2 * count);
    const out = new Array<number>(count);
    for (let i = 0, at = head; i < count; i++, at += 2) out[i] = bytes[at]! | (bytes[at + 1]! << 8);
    return out;
  },
);

/** `Vector(bool)` (any non-zero byte decodes as true, as scale-ts reads it) */
export const VecBool: Codec<boolean[]> = createCodec(
  (values: boolean[]) => {
    const head = compactSize(values.length);
    const out = new Uint8Array(head + values.length);
    writeCompact(out, values.length);
    for (let i = 0; i < values.length; i++) out[head + i] = values[i] ? 1 : 0;
    return out;
  },
  (input) => {
    const bytes = asBytes(input);
    const [count, head] = readCompact(bytes);
    checkLength(bytes, head + count);
    const out = new Array<boolean>(count);
    for (let i = 0; i < count; i++) out[i] = bytes[head + i] !== 0;
    return out;
  },
);

/** `Vector(u64)` */
export const VecU64: Codec<bigint[]> = createCodec(
  (values: bigint[]) => {
    const head = compactSize(values.length);
    const out = new Uint8Array(head + 8 * values.length);
    writeCompact(out, values.length);
    const view = new DataView(out.buffer);
    for (let i = 0; i < values.length; i++) view.setBigUint64(head + 8 * i, values[i]!, true);
    return out;
  },
  (input) => {
    const bytes = asBytes(input);
    const [count, head] = readCompact(bytes);
    checkLength(bytes, head + 8 * count);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const out = new Array<bigint>(count);
    for (let i = 0; i < count; i++) out[i] = view.getBigUint64(head + 8 * i, true);
    return out;
  },
);

/** `Vector(Tuple(u16, u16))` bytes of a sparse row `(uid, value)`. */
export function encodeU16Pairs(pairs: readonly (readonly [number, number])[]): Uint8Array {
  const head = compactSize(pairs.length);
  const out = new Uint8Array(head + 4 * pairs.length);
  writeCompact(out, pairs.length);
  for (let i = 0, at = head; i < pairs.length; i++, at += 4) {
    const [uid, value] = pairs[i]!;
    out[at] = uid & 255;
    out[at + 1] = (uid >>> 8) & 255;
    out[at + 2] = value & 255;
    out[at + 3] = (value >>> 8) & 255;
  }
  return out;
}

/** `Vector(Tuple(u16, u16))`: sparse weight and bond rows `(uid, value)`. */
export const VecU16Pairs: Codec<[number, number][]> = createCodec(encodeU16Pairs, (input) => {
  const bytes = asBytes(input);
  const [count, head] = readCompact(bytes);
  checkLength(bytes, head + 4 * count);
  const out = new Array<[number, number]>(count);
  for (let i = 0, at = head; i < count; i++, at += 4) {
    out[i] = [bytes[at]! | (bytes[at + 1]! << 8), bytes[at + 2]! | (bytes[at + 3]! << 8)];
  }
  return out;
});
