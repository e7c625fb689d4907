/**
 * A block's death row: the trie nodes to delete once no kept state needs them, each with the commit
 * sequence number below which its stored copy may go (a node written again later carries a higher one
 * and stays). Layout per entry: `u16 keyLength ++ nodeKey ++ u32 threshold`.
 */
import { TaonetError } from '@taonet/primitives';

export interface DeathRowEntry {
  readonly key: Uint8Array;
  /** delete the stored node only when the sequence number it was written with is below this */
  readonly threshold: number;
}

export function encodeDeathRow(entries: readonly DeathRowEntry[]): Uint8Array {
  let size = 0;
  for (const entry of entries) size += 6 + entry.key.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const { key, threshold } of entries) {
    view.setUint16(at, key.length);
    out.set(key, at + 2);
    view.setUint32(at + 2 + key.length, threshold);
    at += 6 + key.length;
  }
  return out;
}

export function decodeDeathRow(bytes: Uint8Array): DeathRowEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: DeathRowEntry[] = [];
  for (let at = 0; at < bytes.length; ) {
    const length = at + 2 <= bytes.length ? view.getUint16(at) : Number.POSITIVE_INFINITY;
    if (at + 6 + length > bytes.length) throw new TaonetError('CORRUPT_STORE', 'a death row is truncated');
    entries.push({ key: bytes.slice(at + 2, at + 2 + length), threshold: view.getUint32(at + 2 + length) });
    at += 6 + length;
  }
  return entries;
}
