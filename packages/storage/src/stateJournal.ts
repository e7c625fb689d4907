/**
 * The undo journal of a block: for each key the block changed, its value before the block (or absent).
 * Reverting the best block replays it onto the flat state. Layout per entry:
 * `u16 keyLength ++ key ++ u8 present ++ [u32 valueLength ++ value]`.
 */
import { TaonetError } from '@taonet/primitives';

export type JournalEntry = readonly [key: Uint8Array, previous: Uint8Array | undefined];

export function encodeStateJournal(entries: readonly JournalEntry[]): Uint8Array {
  let size = 0;
  for (const [key, previous] of entries) size += 2 + key.length + 1 + (previous ? 4 + previous.length : 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [key, previous] of entries) {
    view.setUint16(at, key.length);
    out.set(key, at + 2);
    at += 2 + key.length;
    out[at++] = previous === undefined ? 0 : 1;
    if (previous === undefined) continue;
    view.setUint32(at, previous.length);
    out.set(previous, at + 4);
    at += 4 + previous.length;
  }
  return out;
}

export function decodeStateJournal(bytes: Uint8Array): JournalEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: JournalEntry[] = [];
  let at = 0;
  try {
    while (at < bytes.length) {
      const keyLength = view.getUint16(at);
      if (at + 3 + keyLength > bytes.length) throw new RangeError('key past the end');
      const key = bytes.slice(at + 2, at + 2 + keyLength);
      at += 2 + keyLength;
      if (bytes[at++] === 0) {
        entries.push([key, undefined]);
        continue;
      }
      const valueLength = view.getUint32(at);
      if (at + 4 + valueLength > bytes.length) throw new RangeError('value past the end');
      entries.push([key, bytes.slice(at + 4, at + 4 + valueLength)]);
      at += 4 + valueLength;
    }
  } catch (cause) {
    throw new TaonetError('CORRUPT_STORE', 'a state journal is truncated', { cause });
  }
  return entries;
}

/**
 * What reverting a block needs: the block's commit sequence number, its state journal, and the node keys
 * of the trie nodes it wrote (pruning mode), which a revert schedules for removal.
 * Layout: `u32 seq ++ u32 nodeCount ++ (u16 keyLength ++ key)* ++ state journal`.
 */
export interface BlockJournal {
  readonly seq: number;
  readonly state: readonly JournalEntry[];
  readonly insertedNodes: readonly Uint8Array[];
}

export function encodeBlockJournal(journal: BlockJournal): Uint8Array {
  const state = encodeStateJournal(journal.state);
  let size = 8 + state.length;
  for (const key of journal.insertedNodes) size += 2 + key.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, journal.seq);
  view.setUint32(4, journal.insertedNodes.length);
  let at = 8;
  for (const key of journal.insertedNodes) {
    view.setUint16(at, key.length);
    out.set(key, at + 2);
    at += 2 + key.length;
  }
  out.set(state, at);
  return out;
}

export function decodeBlockJournal(bytes: Uint8Array): BlockJournal {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const insertedNodes: Uint8Array[] = [];
  let at = 8;
  try {
    const seq = view.getUint32(0);
    const count = view.getUint32(4);
    for (let i = 0; i < count; i++) {
      const length = view.getUint16(at);
      if (at + 2 + length > bytes.length) throw new RangeError('node key past the end');
      insertedNodes.push(bytes.slice(at + 2, at + 2 + length));
      at += 2 + length;
    }
    return { seq, insertedNodes, state: decodeStateJournal(bytes.subarray(at)) };
  } catch (cause) {
    if (cause instanceof TaonetError) throw cause;
    throw new TaonetError('CORRUPT_STORE', 'a block journal is truncated', { cause });
  }
}
