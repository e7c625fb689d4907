/**
 * Writes and deletes trie nodes inside a commit's LMDB transaction, as Substrate's state database prunes.
 *
 * Nodes are keyed by position and hash (`encodeNodeKey`), so no two places share a row and no node needs
 * a reference count. A block writes the nodes it adds, each stamped with the commit's sequence number,
 * and puts the nodes it replaces on its death row. When the state before the block leaves the kept
 * window, nothing kept needs them and the row is carried out: each node goes unless a later block wrote
 * it again (its stamp is then at or above the row's threshold). Archive mode writes and never deletes.
 *
 * A death row is one `trieDeaths` entry per node, keyed by block number then node key: small entries,
 * a block's appended after the previous block's and removed together, so neither leaves runs of free
 * pages that only a large value could fill.
 */
import type { ChainDbs } from './chainDbs.js';
import type { Nibbles } from './nibbles.js';
import type { BlockJournal } from './stateJournal.js';
import { toPlainBytes } from './stateKey.js';
import { encodeNodeKey } from './trieNodeKey.js';

/** A stored node's value: the u32 sequence number of the commit that wrote it, then the node's bytes. */
export const NODE_STAMP_LENGTH = 4;

/** The bytes of the stored node with this hash at this position (without its stamp), or undefined. */
export function readStoredNode(dbs: ChainDbs, hash: Uint8Array, position: Nibbles): Uint8Array | undefined {
  const stored = dbs.trieNodes.getBinary(encodeNodeKey(position, hash));
  return stored === undefined ? undefined : toPlainBytes(stored).subarray(NODE_STAMP_LENGTH);
}

/** A node on a block's death row, deleted only when its stored stamp is below `threshold`. */
interface DeathRowEntry {
  readonly rowKey: Uint8Array;
  readonly nodeKey: Uint8Array;
  readonly threshold: number;
}

export class TrieNodeWriter {
  /**
   * @param seq this transaction's commit sequence number (it grows with every commit and revert, and
   * a number never comes back, unlike block numbers after a revert)
   */
  constructor(
    private readonly dbs: ChainDbs,
    private readonly pruning: boolean,
    private readonly seq: number,
  ) {}

  /** Writes a block's new nodes, in key order (neighbouring pages); returns their keys. */
  insert(inserted: ReadonlyMap<string, Uint8Array>): Uint8Array[] {
    const keys: Uint8Array[] = [];
    for (const [hex, bytes] of [...inserted].sort(byKey)) {
      const key = Buffer.from(hex, 'hex');
      const value = new Uint8Array(NODE_STAMP_LENGTH + bytes.length);
      new DataView(value.buffer).setUint32(0, this.seq);
      value.set(bytes, NODE_STAMP_LENGTH);
      this.dbs.trieNodes.putSync(key, value);
      keys.push(key);
    }
    return keys;
  }

  /** Puts the nodes block `number` replaced on its death row (pruning mode). */
  scheduleRemoval(number: number, replaced: readonly string[]): void {
    if (!this.pruning) return;
    for (const hex of [...replaced].sort()) this.schedule(number, Buffer.from(hex, 'hex'));
  }

  /**
   * Reverting block `number`: the nodes it replaced live on in its parent, so they leave its death row;
   * the nodes it wrote go on the row instead, to be deleted unless a later block writes them again (a
   * node it wrote may also be an older state's, still kept, that it brought back: it stays until then).
   */
  revert(number: number, journal: BlockJournal): void {
    if (!this.pruning) return;
    for (const { rowKey, threshold } of readRow(this.dbs, number)) {
      if (threshold === journal.seq) this.dbs.trieDeaths.removeSync(rowKey);
    }
    for (const key of journal.insertedNodes) this.schedule(number, key);
  }

  private schedule(number: number, nodeKey: Uint8Array): void {
    const rowKey = Buffer.allocUnsafe(4 + nodeKey.length);
    rowKey.writeUInt32BE(number, 0);
    rowKey.set(nodeKey, 4);
    const threshold = Buffer.allocUnsafe(4);
    threshold.writeUInt32BE(this.seq, 0);
    this.dbs.trieDeaths.putSync(rowKey, threshold);
  }
}

/**
 * Carries out block `number`'s death row (the state before that block has left the window), at most
 * `limit` entries of it in this transaction (each deletes at most one trie node); the rest stays on the
 * row for the next call.
 */
export function pruneRow(dbs: ChainDbs, number: number, limit: number): { carried: number; done: boolean } {
  let carried = 0;
  for (const { rowKey, nodeKey, threshold } of readRow(dbs, number, limit)) {
    // getBinaryFast: no copy, the stamp is read before the next LMDB call reuses the buffer
    const stored = dbs.trieNodes.getBinaryFast(nodeKey);
    if (stored !== undefined && stampOf(stored) < threshold) dbs.trieNodes.removeSync(nodeKey);
    dbs.trieDeaths.removeSync(rowKey);
    carried++;
  }
  return { carried, done: carried < limit };
}

/** Up to `limit` entries of block `number`'s death row, in key order. */
function readRow(dbs: ChainDbs, number: number, limit = Number.POSITIVE_INFINITY): DeathRowEntry[] {
  const start = Buffer.allocUnsafe(4);
  start.writeUInt32BE(number, 0);
  const end = Buffer.allocUnsafe(4);
  end.writeUInt32BE(number + 1, 0);
  const row: DeathRowEntry[] = [];
  const range = Number.isFinite(limit) ? { start, end, limit } : { start, end };
  for (const { key, value } of dbs.trieDeaths.getRange(range)) {
    const rowKey = Uint8Array.from(key);
    row.push({ rowKey, nodeKey: rowKey.subarray(4), threshold: stampOf(value) });
  }
  return row;
}

/** The u32 at the start of a stored value: a node's stamp, a death row entry's threshold. */
function stampOf(value: Uint8Array): number {
  return new DataView(value.buffer, value.byteOffset, NODE_STAMP_LENGTH).getUint32(0);
}

/** Hex keys sort like their bytes. */
function byKey([a]: [string, unknown], [b]: [string, unknown]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
