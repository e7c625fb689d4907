/**
 * Staging a block's state changes: the new Merkle root and the trie nodes to store, computed in memory
 * by @ethereumjs/mpt (blake2b-256 node hashes, raw keys, no key hashing) over the committed nodes.
 * Nothing is written; `ChainStore.commitBlock` persists a staged state atomically with its block.
 */
import { MerklePatriciaTrie } from '@ethereumjs/mpt';
import { type Hash, toHex } from '@taonet/primitives';
import { PendingNodeDb } from './pendingNodeDb.js';
import type { StateChanges } from './stateBackend.js';
import { stateKeyToBytes } from './stateKey.js';
import { getChildHashes } from './trieNodeRefs.js';
import { EMPTY_TRIE_ROOT, type NodeSource, trieHash } from './trieReader.js';
import { encodeTrieValue } from './trieValue.js';

export class StagedState {
  constructor(
    /** The state root the changes were applied to. */
    readonly baseRoot: Uint8Array,
    readonly root: Uint8Array,
    readonly changes: StateChanges,
    /** The new nodes the root reaches, by unprefixed hex hash; nodes already stored are not included. */
    readonly nodes: ReadonlyMap<string, Uint8Array>,
    /** The stored children (hex hashes) of each new node, decoded once for the reference counts. */
    readonly children: ReadonlyMap<string, readonly string[]>,
  ) {}

  get stateRoot(): Hash {
    return toHex(this.root) as Hash;
  }
}

/** Applies `changes` to the trie with root `baseRoot` whose nodes `committed` holds. */
export async function stageStateChanges(
  committed: NodeSource,
  baseRoot: Uint8Array,
  changes: StateChanges,
): Promise<StagedState> {
  const db = new PendingNodeDb(committed);
  const trie = new MerklePatriciaTrie({
    db,
    root: baseRoot,
    useKeyHashingFunction: trieHash,
    valueEncoding: 'view',
  });
  for (const [key, value] of changes) {
    const keyBytes = stateKeyToBytes(key);
    if (value === null) await trie.del(keyBytes);
    else await trie.put(keyBytes, encodeTrieValue(value));
  }
  const root = trie.root();
  const { nodes, children } = collectNewNodes(db.pending, root);
  return new StagedState(baseRoot, root, changes, nodes, children);
}

/** The state root of a whole state given as (key, value) pairs, computed in memory. */
export async function computeStateRoot(entries: Iterable<readonly [string, Uint8Array]>): Promise<Hash> {
  const changes = new Map<string, Uint8Array>();
  for (const [key, value] of entries) changes.set(key, value);
  const staged = await stageStateChanges(() => undefined, EMPTY_TRIE_ROOT, changes);
  return staged.stateRoot;
}

/** The pending nodes reachable from `root` (mpt also wrote every intermediate version of each path). */
function collectNewNodes(pending: ReadonlyMap<string, Uint8Array>, root: Uint8Array) {
  const nodes = new Map<string, Uint8Array>();
  const children = new Map<string, string[]>();
  const stack = [Buffer.from(root).toString('hex')];
  for (let hex = stack.pop(); hex !== undefined; hex = stack.pop()) {
    const bytes = pending.get(hex);
    if (bytes === undefined || nodes.has(hex)) continue;
    nodes.set(hex, bytes);
    const refs = getChildHashes(bytes).map((child) => Buffer.from(child).toString('hex'));
    children.set(hex, refs);
    stack.push(...refs);
  }
  return { nodes, children };
}
