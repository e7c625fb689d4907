/**
 * Writes and deletes trie nodes inside a commit's LMDB transaction, as Substrate's state database prunes.
 *
 * Nodes are keyed by position and hash (`encodeNodeKey`), so no two places share a row and no node needs
 * a reference count. A block writes the nodes it adds, each stamped with the commit's sequence number,
 * and puts the nodes it replaces on its death row. When the state before the block leaves the kept
 * window, nothing kept needs them and the row is carried out: each node goes unless a later block wrote
 * it again (its stamp is then at or above the row's threshold). Archive mode writes and never deletes.
 */
import type { ChainDbs } from './chainDbs.js';
import type { BlockJournal } from './stateJournal.js';
import { type DeathRowEntry, decodeDeathRow, encodeDeathRow } from './trieDeathRow.js';

/** A stored node's value: the u32 sequence number of the commit that wrote it, then the node's bytes. */
export const NODE_STAMP_LENGTH = 4;

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
    if (!this.pruning || replaced.length === 0) return;
    const row = this.readRow(number);
    for (const hex of replaced) row.push({ key: Buffer.from(hex, 'hex'), threshold: this.seq });
    this.dbs.trieDeaths.putSync(number, encodeDeathRow(row));
  }

  /** Carries out block `number`'s death row: the state before that block has left the window. */
  pruneRow(number: number): void {
    if (!this.pruning) return;
    const row = this.readRow(number).sort((a, b) => Buffer.compare(a.key, b.key));
    for (const { key, threshold } of row) {
      // getBinaryFast: no copy, the stamp is read before the next LMDB call reuses the buffer
      const stored = this.dbs.trieNodes.getBinaryFast(key);
      if (stored !== undefined && stampOf(stored) < threshold) this.dbs.trieNodes.removeSync(key);
    }
    this.dbs.trieDeaths.removeSync(number);
  }

  /**
   * Reverting block `number`: the nodes it replaced live on in its parent, so they leave its death row;
   * the nodes it wrote go on the row instead, to be deleted unless a later block writes them again (a
   * node it wrote may also be an older state's, still kept, that it brought back: it stays until then).
   */
  revert(number: number, journal: BlockJournal): void {
    if (!this.pruning) return;
    const row = this.readRow(number).filter((entry) => entry.threshold !== journal.seq);
    for (const key of journal.insertedNodes) row.push({ key, threshold: this.seq });
    if (row.length === 0) this.dbs.trieDeaths.removeSync(number);
    else this.dbs.trieDeaths.putSync(number, encodeDeathRow(row));
  }

  private readRow(number: number): DeathRowEntry[] {
    const bytes = this.dbs.trieDeaths.getBinary(number);
    return bytes === undefined ? [] : decodeDeathRow(bytes);
  }
}

/** The sequence number a stored node value was written with. */
function stampOf(value: Uint8Array): number {
  return new DataView(value.buffer, value.byteOffset, NODE_STAMP_LENGTH).getUint32(0);
}

/** Hex keys sort like their bytes. */
function byKey([a]: [string, unknown], [b]: [string, unknown]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
