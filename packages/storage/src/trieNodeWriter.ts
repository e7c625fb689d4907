/**
 * Writes and frees trie nodes inside a commit's LMDB transaction.
 *
 * Archive mode keeps every node ever written. Pruning mode counts references: a node's count is the
 * number of stored nodes that reference it plus the number of kept blocks whose state root it is.
 * Retaining a root stores the new nodes it reaches and counts their children; releasing a root
 * decrements it and frees the nodes whose count drops to zero, recursively. Identical subtrees shared
 * by several places or roots are therefore freed only when nothing uses them.
 */

import { TaonetError } from '@taonet/primitives';
import type { ChainDbs } from './chainDbs.js';
import { toPlainBytes } from './stateKey.js';
import { getChildHashes } from './trieNodeRefs.js';
import { isEmptyRoot } from './trieReader.js';

/** The new nodes of a staged state and their stored children, by hex hash. */
export interface NewNodes {
  readonly nodes: ReadonlyMap<string, Uint8Array>;
  readonly children: ReadonlyMap<string, readonly string[]>;
}

export class TrieNodeWriter {
  /** Counts changed in this transaction, by hex hash; 0 = free the node at flush. */
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly dbs: ChainDbs,
    private readonly pruning: boolean,
  ) {}

  /** Stores the new nodes `root` reaches and, when pruning, takes a reference on `root` for one block. */
  retainRoot(root: Uint8Array, staged: NewNodes): void {
    if (!this.pruning) {
      for (const [hex, bytes] of sortedByKey(staged.nodes)) this.dbs.trieNodes.putSync(hashKey(hex), bytes);
      return;
    }
    if (!isEmptyRoot(root)) this.retain(Buffer.from(root).toString('hex'), staged);
  }

  /** Drops one block's reference on `root` (pruning mode; a no-op in archive mode). */
  releaseRoot(root: Uint8Array): void {
    if (this.pruning && !isEmptyRoot(root)) this.release(Buffer.from(root).toString('hex'));
  }

  /** Writes the changed counts and deletes the freed nodes, in key order (fewer LMDB page visits). */
  flush(): void {
    const value = new Uint8Array(4);
    const view = new DataView(value.buffer);
    for (const [hex, count] of sortedByKey(this.counts)) {
      const key = hashKey(hex);
      if (count === 0) {
        this.dbs.trieNodes.removeSync(key);
        this.dbs.trieRefs.removeSync(key);
      } else {
        view.setUint32(0, count);
        this.dbs.trieRefs.putSync(key, value);
      }
    }
    this.counts.clear();
  }

  private retain(hex: string, staged: NewNodes): void {
    const count = this.count(hex);
    if (count > 0) {
      this.counts.set(hex, count + 1);
      return;
    }
    // Unknown, or freed earlier in this transaction: (re)store it and count its children once more.
    const bytes = staged.nodes.get(hex) ?? this.stored(hex);
    this.dbs.trieNodes.putSync(hashKey(hex), bytes);
    this.counts.set(hex, 1);
    for (const child of staged.children.get(hex) ?? childrenOf(bytes)) this.retain(child, staged);
  }

  private release(hex: string): void {
    const count = this.count(hex);
    if (count === 0) throw corrupt(`trie node ${hex} is released more often than it is referenced`);
    this.counts.set(hex, count - 1);
    if (count > 1) return;
    for (const child of childrenOf(this.stored(hex))) this.release(child);
  }

  private count(hex: string): number {
    const pending = this.counts.get(hex);
    if (pending !== undefined) return pending;
    // getBinaryFast: no copy, the 4 bytes are read before the next LMDB call reuses the buffer
    const stored = this.dbs.trieRefs.getBinaryFast(hashKey(hex));
    return stored === undefined ? 0 : new DataView(stored.buffer, stored.byteOffset, 4).getUint32(0);
  }

  private stored(hex: string): Uint8Array {
    const bytes = this.dbs.trieNodes.getBinary(hashKey(hex));
    if (bytes === undefined) throw corrupt(`trie node ${hex} is referenced but not stored`);
    return toPlainBytes(bytes);
  }
}

/** A node's LMDB key from its hex hash. */
function hashKey(hex: string): Buffer {
  return Buffer.from(hex, 'hex');
}

/** Hex keys sort like their bytes: writing in that order keeps LMDB on neighbouring pages. */
function sortedByKey<V>(map: ReadonlyMap<string, V>): [string, V][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function childrenOf(bytes: Uint8Array): string[] {
  return getChildHashes(bytes).map((child) => Buffer.from(child).toString('hex'));
}

function corrupt(message: string): TaonetError {
  return new TaonetError('CORRUPT_STORE', message);
}
