/** The `meta` table: block pointers (best, finalized, genesis), the oldest kept state, the layout format. */
import { type Hash, TaonetError, toHex } from '@taonet/primitives';
import type { MetaDb } from './chainDbs.js';

export type BlockPointer = 'best' | 'finalized' | 'genesis';

/** How much state history a store keeps: the last N blocks' states, or every state ('archive'). */
export type StateHistory = number | 'archive';

/** 2: trie nodes keyed by position and hash, pruned by death rows (1 keyed them by hash, with counts). */
const FORMAT_VERSION = 2;

export function getPointer(meta: MetaDb, name: BlockPointer): Hash | undefined {
  const bytes = meta.getBinary(name);
  return bytes === undefined ? undefined : (toHex(bytes) as Hash);
}

export function putPointer(meta: MetaDb, name: BlockPointer, hash: Uint8Array): void {
  meta.putSync(name, hash);
}

/** The lowest block number whose state (pruning mode) and undo journal are still stored. */
export function getOldestState(meta: MetaDb): number {
  return getCounter(meta, 'oldestState');
}

export function putOldestState(meta: MetaDb, number: number): void {
  putCounter(meta, 'oldestState', number);
}

/**
 * The next commit sequence number: every commit and revert takes one, so, unlike block numbers after a
 * revert, a number is never used twice (`TrieNodeWriter` stamps nodes with it).
 */
export function takeCommitSeq(meta: MetaDb): number {
  const seq = getCounter(meta, 'commitSeq') + 1;
  putCounter(meta, 'commitSeq', seq);
  return seq;
}

function getCounter(meta: MetaDb, name: string): number {
  const bytes = meta.getBinary(name);
  return bytes === undefined ? 0 : new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
}

function putCounter(meta: MetaDb, name: string, value: number): void {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  meta.putSync(name, bytes);
}

/**
 * Records the layout and pruning mode on first open; later opens must agree on archive versus pruning
 * (the window length of a pruning store may change).
 */
export function ensureFormat(meta: MetaDb, history: StateHistory): void {
  const stored = meta.getBinary('format');
  const wanted = { version: FORMAT_VERSION, archive: history === 'archive' };
  if (stored === undefined) {
    meta.putSync('format', Buffer.from(JSON.stringify(wanted)));
    return;
  }
  const found = JSON.parse(Buffer.from(stored).toString('utf8')) as { version: number; archive: boolean };
  if (found.version !== FORMAT_VERSION) {
    throw new TaonetError(
      'STORE_FORMAT',
      `the store has layout version ${found.version}, this build reads ${FORMAT_VERSION}: start from an empty directory (or --tmp) and sync again`,
      { details: { stored: found.version, expected: FORMAT_VERSION } },
    );
  }
  if (found.archive !== wanted.archive) {
    const mode = (archive: boolean): string => (archive ? 'archive' : 'pruning');
    throw new TaonetError(
      'STORE_FORMAT',
      `the store was created in ${mode(found.archive)} mode and cannot be opened in ${mode(wanted.archive)} mode`,
      { details: { stored: mode(found.archive), requested: mode(wanted.archive) } },
    );
  }
}
