/**
 * Staging a block's state changes: the new Merkle root and the trie nodes to store, computed in memory
 * over the committed nodes (the @ethereumjs/mpt node format and insertion rules, blake2b-256 node hashes,
 * raw keys, no key hashing; see `MutableTrie`), with the stored nodes it adds and drops.
 * Nothing is written; `ChainStore.commitBlock` persists a staged state atomically with its block.
 */
import { type Hash, toHex } from '@taonet/primitives';
import { MutableTrie } from './mutableTrie.js';
import { bytesToNibbles } from './nibbles.js';
import type { StateChanges } from './stateBackend.js';
import { stateKeyToBytes } from './stateKey.js';
import { EMPTY_TRIE_ROOT, type NodeSource, trieHash } from './trieReader.js';
import { encodeTrieValue } from './trieValue.js';

export class StagedState {
  constructor(
    /** The state root the changes were applied to. */
    readonly baseRoot: Uint8Array,
    readonly root: Uint8Array,
    readonly changes: StateChanges,
    /** The stored nodes to write: the new trie's nodes the base trie had not at their place, by hex node key. */
    readonly inserted: ReadonlyMap<string, Uint8Array>,
    /** The hex node keys of the base trie's stored nodes the new trie no longer has at their place. */
    readonly replaced: readonly string[],
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
  const trie = new MutableTrie(committed, baseRoot);
  for (const [key, value] of changes) {
    const nibbles = bytesToNibbles(stateKeyToBytes(key));
    if (value === null) trie.del(nibbles);
    else trie.put(nibbles, encodeTrieValue(value));
  }
  const { root, inserted, replaced } = trie.commit(trieHash);
  return new StagedState(baseRoot, root, changes, inserted, replaced);
}

/** The state root of a whole state given as (key, value) pairs, computed in memory. */
export async function computeStateRoot(entries: Iterable<readonly [string, Uint8Array]>): Promise<Hash> {
  const changes = new Map<string, Uint8Array>();
  for (const [key, value] of entries) changes.set(key, value);
  const staged = await stageStateChanges(() => undefined, EMPTY_TRIE_ROOT, changes);
  return staged.stateRoot;
}
