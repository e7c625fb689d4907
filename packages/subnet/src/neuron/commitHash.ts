/**
 * The commit-reveal v2 commit hash, computed as subtensor's `get_commit_hash` does: BlakeTwo256 of the SCALE
 * encoding of `(who: AccountId32, netuid_index: u16, uids: Vec<u16>, values: Vec<u16>, salt: Vec<u16>,
 * version_key: u64)`, with `netuid_index = mechid * 4096 + netuid`. The SCALE pieces needed here (u16/u64
 * little-endian, compact vector lengths) are written out below rather than pulled from a codec library.
 */
import { blake2b256 } from '@taonet/crypto';
import { TaonetError, toHex } from '@taonet/primitives';

/** `GLOBAL_MAX_SUBNET_COUNT`: the stride between mechanisms in a storage index. */
export const MECHANISM_INDEX_STRIDE = 4096;

/** The storage index of a subnet's mechanism (`mechid * 4096 + netuid`), hashed into commits. */
export function getNetuidIndex(netuid: number, mechid = 0): number {
  const index = mechid * MECHANISM_INDEX_STRIDE + netuid;
  if (!Number.isInteger(index) || index < 0 || index > 0xffff) {
    throw new TaonetError('INVALID_NETUID_INDEX', `netuid ${netuid} mechanism ${mechid} is out of range`);
  }
  return index;
}

function compactLength(length: number): number[] {
  if (length < 1 << 6) return [length << 2];
  if (length < 1 << 14) return [((length << 2) | 1) & 0xff, length >> 6];
  if (length < 2 ** 30) {
    const v = length * 4 + 2;
    return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
  }
  throw new TaonetError('INVALID_WEIGHTS', `a vector of ${length} entries is too long`);
}

function pushU16(out: number[], value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff) {
    throw new TaonetError('INVALID_WEIGHTS', `${what} must be u16 integers, got ${value}`);
  }
  out.push(value & 0xff, value >> 8);
}

function pushU16Vector(out: number[], values: readonly number[], what: string): void {
  out.push(...compactLength(values.length));
  for (const value of values) pushU16(out, value, what);
}

export interface CommitPreimage {
  /** The hotkey's 32-byte public key (the AccountId32). */
  hotkey: Uint8Array;
  netuid: number;
  mechid?: number;
  uids: readonly number[];
  values: readonly number[];
  salt: readonly number[];
  versionKey: bigint;
}

/** The SCALE bytes that are hashed. */
export function encodeCommitPreimage(preimage: CommitPreimage): Uint8Array {
  if (preimage.hotkey.length !== 32) throw new TaonetError('INVALID_HOTKEY', 'a hotkey is a 32-byte key');
  if (preimage.versionKey < 0n || preimage.versionKey >= 1n << 64n) {
    throw new TaonetError('INVALID_WEIGHTS', `the version key must be a u64, got ${preimage.versionKey}`);
  }
  const out: number[] = [...preimage.hotkey];
  pushU16(out, getNetuidIndex(preimage.netuid, preimage.mechid), 'netuid index');
  pushU16Vector(out, preimage.uids, 'uids');
  pushU16Vector(out, preimage.values, 'weights');
  pushU16Vector(out, preimage.salt, 'salt');
  for (let shift = 0n; shift < 64n; shift += 8n) out.push(Number((preimage.versionKey >> shift) & 0xffn));
  return Uint8Array.from(out);
}

/** The 0x-hex commit hash `commit_weights` takes and `reveal_weights` is checked against. */
export function computeCommitHash(preimage: CommitPreimage): string {
  return toHex(blake2b256(encodeCommitPreimage(preimage)));
}
