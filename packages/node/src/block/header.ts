/**
 * Block headers as Substrate encodes them: `parentHash ++ compact(number) ++ stateRoot ++ extrinsicsRoot
 * ++ Vec<DigestItem>`; the block hash is blake2-256 of that. Aura digests: a pre-runtime item
 * (`aura`, slot as u64 LE) and, last, the seal (`aura`, the author's signature of the pre-hash, i.e. the
 * hash of the header without the seal).
 */
import { blake2b256 } from '@taonet/crypto';
import { fromHex, type Hash, TaonetError, toHex } from '@taonet/primitives';
import { badFormat, concatBytes, encodeCompact, ScaleReader } from '@taonet/rpc';

export type DigestItem =
  | { readonly kind: 'preRuntime' | 'consensus' | 'seal'; readonly engine: string; readonly data: Uint8Array }
  | { readonly kind: 'other'; readonly data: Uint8Array }
  | { readonly kind: 'runtimeEnvironmentUpdated' };

export interface Header {
  readonly parentHash: Hash;
  readonly number: number;
  readonly stateRoot: Hash;
  readonly extrinsicsRoot: Hash;
  readonly digest: readonly DigestItem[];
}

export const AURA_ENGINE = 'aura';
export const ZERO_HASH = `0x${'00'.repeat(32)}` as Hash;

const DIGEST_TAGS = { other: 0, consensus: 4, seal: 5, preRuntime: 6, runtimeEnvironmentUpdated: 8 } as const;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeDigestItem(item: DigestItem): Uint8Array {
  const tag = Uint8Array.of(DIGEST_TAGS[item.kind]);
  if (item.kind === 'runtimeEnvironmentUpdated') return tag;
  const data = concatBytes([encodeCompact(item.data.length), item.data]);
  if (item.kind === 'other') return concatBytes([tag, data]);
  const engine = encoder.encode(item.engine);
  if (engine.length !== 4)
    throw new TaonetError('BAD_FORMAT', `a consensus engine id has 4 bytes: ${item.engine}`);
  return concatBytes([tag, engine, data]);
}

function readDigestItem(reader: ScaleReader): DigestItem {
  const tag = reader.u8();
  if (tag === DIGEST_TAGS.runtimeEnvironmentUpdated) return { kind: 'runtimeEnvironmentUpdated' };
  if (tag === DIGEST_TAGS.other) return { kind: 'other', data: reader.take(reader.compactNumber()) };
  const kind = tag === 4 ? 'consensus' : tag === 5 ? 'seal' : tag === 6 ? 'preRuntime' : undefined;
  if (kind === undefined) throw badFormat(`unknown digest item kind ${tag}`);
  const engine = decoder.decode(reader.take(4));
  return { kind, engine, data: reader.take(reader.compactNumber()) };
}

/** One encoded digest item (a `digest.logs` entry of the JSON header). */
export function decodeDigestItem(bytes: Uint8Array): DigestItem {
  const reader = new ScaleReader(bytes);
  const item = readDigestItem(reader);
  reader.ensureEnd('the digest item');
  return item;
}

export function encodeHeader(header: Header): Uint8Array {
  return concatBytes([
    fromHex(header.parentHash),
    encodeCompact(header.number),
    fromHex(header.stateRoot),
    fromHex(header.extrinsicsRoot),
    encodeCompact(header.digest.length),
    ...header.digest.map(encodeDigestItem),
  ]);
}

export function readHeader(reader: ScaleReader): Header {
  const parentHash = toHex(reader.take(32)) as Hash;
  const number = reader.compactNumber();
  const stateRoot = toHex(reader.take(32)) as Hash;
  const extrinsicsRoot = toHex(reader.take(32)) as Hash;
  const count = reader.compactNumber(1024);
  const digest: DigestItem[] = [];
  for (let i = 0; i < count; i++) digest.push(readDigestItem(reader));
  return { parentHash, number, stateRoot, extrinsicsRoot, digest };
}

export function decodeHeader(bytes: Uint8Array): Header {
  const reader = new ScaleReader(bytes);
  const header = readHeader(reader);
  reader.ensureEnd('the header');
  return header;
}

export function computeHeaderHash(header: Header): Hash {
  return toHex(blake2b256(encodeHeader(header))) as Hash;
}

function u64Le(value: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(value), true);
  return out;
}

export function createSlotDigest(slot: number): DigestItem {
  return { kind: 'preRuntime', engine: AURA_ENGINE, data: u64Le(slot) };
}

/** The Aura slot of a header (undefined for genesis or a header without one). */
export function getHeaderSlot(header: Header): number | undefined {
  const item = header.digest.find((d) => d.kind === 'preRuntime' && d.engine === AURA_ENGINE);
  if (item === undefined || item.kind !== 'preRuntime' || item.data.length !== 8) return undefined;
  return Number(new DataView(item.data.buffer, item.data.byteOffset, 8).getBigUint64(0, true));
}

/** The header without its final Aura seal, and the seal's signature. */
export function splitSeal(header: Header): { unsealed: Header; signature: Uint8Array } | undefined {
  const last = header.digest[header.digest.length - 1];
  if (last === undefined || last.kind !== 'seal' || last.engine !== AURA_ENGINE) return undefined;
  if (last.data.length !== 64) return undefined;
  return { unsealed: { ...header, digest: header.digest.slice(0, -1) }, signature: last.data.slice() };
}

export function addSeal(header: Header, signature: Uint8Array): Header {
  return { ...header, digest: [...header.digest, { kind: 'seal', engine: AURA_ENGINE, data: signature }] };
}
