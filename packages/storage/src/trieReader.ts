/**
 * Synchronous reads of a stored Merkle Patricia trie (the @ethereumjs/mpt node format, blake2b-256
 * node hashes): a value by key, the keys under a prefix in byte order, and the nodes a read touches
 * (the read proof). The nodes come from a `NodeSource`: LMDB for the store, a proof's node set for
 * verification.
 */
import {
  BranchMPTNode,
  decodeMPTNode,
  decodeRawMPTNode,
  ExtensionMPTNode,
  isRawMPTNode,
  type LeafMPTNode,
} from '@ethereumjs/mpt';
import { blake2b256 } from '@taonet/crypto';
import { TaonetError } from '@taonet/primitives';
import { compareNibbles, type Nibbles } from './nibbles.js';

/**
 * The stored bytes of the node with this hash at this position (the nibble path from the root to it), or
 * undefined when absent. A proof's node set looks nodes up by hash alone.
 */
export type NodeSource = (hash: Uint8Array, position: Nibbles) => Uint8Array | undefined;

/** The root of the empty trie: blake2b-256 of RLP's empty string. */
export const EMPTY_TRIE_ROOT: Uint8Array = blake2b256(Uint8Array.of(0x80));

export const trieHash = (data: Uint8Array): Uint8Array => blake2b256(data);

type TrieNode = BranchMPTNode | ExtensionMPTNode | LeafMPTNode;
type NodeRef = Uint8Array | Uint8Array[];

export function isEmptyRoot(root: Uint8Array): boolean {
  return Buffer.compare(root, EMPTY_TRIE_ROOT) === 0;
}

export class TrieReader {
  /**
   * @param onNode called with every stored node read (hash and bytes): how read proofs are collected
   * @param missingCode the error code thrown when a referenced node is absent
   */
  constructor(
    private readonly source: NodeSource,
    private readonly missingCode = 'TRIE_NODE_MISSING',
    private readonly onNode?: (hash: Uint8Array, bytes: Uint8Array) => void,
  ) {}

  /** The value stored under `key` (whole nibbles path) in the trie with this root; null when absent. */
  get(root: Uint8Array, key: Nibbles): Uint8Array | null {
    if (isEmptyRoot(root)) return null;
    let node = this.load(root, []);
    let i = 0;
    for (;;) {
      if (node instanceof BranchMPTNode) {
        if (i === key.length) return node.value();
        const child = node.getBranch(key[i]!);
        if (child === null) return null;
        i++;
        node = this.resolve(child, key.slice(0, i));
      } else if (node instanceof ExtensionMPTNode) {
        const part = node._nibbles;
        if (key.length - i < part.length || compareNibbles(key.slice(i), part, part.length) !== 0)
          return null;
        i += part.length;
        node = this.resolve(node.value(), key.slice(0, i));
      } else {
        const part = node._nibbles;
        return part.length === key.length - i && compareNibbles(key.slice(i), part, part.length) === 0
          ? node.value()
          : null;
      }
    }
  }

  /**
   * Every (key, value) whose key starts with `prefix` and, when given, sorts strictly after
   * `startAfter`, in ascending key order; keys are nibble paths.
   */
  *entries(root: Uint8Array, prefix: Nibbles, startAfter?: Nibbles): Generator<[number[], Uint8Array]> {
    if (isEmptyRoot(root)) return;
    yield* this.walk(this.load(root, []), [], prefix, startAfter);
  }

  private *walk(
    node: TrieNode,
    path: number[],
    prefix: Nibbles,
    after: Nibbles | undefined,
  ): Generator<[number[], Uint8Array]> {
    if (node instanceof BranchMPTNode) {
      const value = node.value();
      if (value !== null && isWanted(path, prefix, after)) yield [path, value];
      for (let nibble = 0; nibble < 16; nibble++) {
        const child = node.getBranch(nibble);
        if (child === null) continue;
        const childPath = [...path, nibble];
        if (mayContain(childPath, prefix, after))
          yield* this.walk(this.resolve(child, childPath), childPath, prefix, after);
      }
      return;
    }
    const full = [...path, ...node._nibbles];
    if (node instanceof ExtensionMPTNode) {
      if (mayContain(full, prefix, after))
        yield* this.walk(this.resolve(node.value(), full), full, prefix, after);
    } else if (isWanted(full, prefix, after)) {
      yield [full, node.value()];
    }
  }

  private load(hash: Uint8Array, position: Nibbles): TrieNode {
    const bytes = this.source(hash, position);
    if (bytes === undefined) {
      throw new TaonetError(
        this.missingCode,
        `trie node ${Buffer.from(hash).toString('hex')} is not available`,
        {
          details: { node: `0x${Buffer.from(hash).toString('hex')}` },
        },
      );
    }
    this.onNode?.(hash, bytes);
    return decodeMPTNode(bytes);
  }

  private resolve(ref: NodeRef, position: Nibbles): TrieNode {
    return isRawMPTNode(ref) ? decodeRawMPTNode(ref) : this.load(ref, position);
  }
}

/** Can a key under `path` start with `prefix` and sort after `after`? */
function mayContain(path: Nibbles, prefix: Nibbles, after: Nibbles | undefined): boolean {
  if (compareNibbles(path, prefix, prefix.length) !== 0) return false;
  if (after === undefined) return true;
  // Keys below `path` sort before `after` only when path itself is smaller on their common length.
  return compareNibbles(path, after, path.length) >= 0;
}

function isWanted(key: Nibbles, prefix: Nibbles, after: Nibbles | undefined): boolean {
  if (key.length < prefix.length || compareNibbles(key, prefix, prefix.length) !== 0) return false;
  if (key.length % 2 !== 0) return false;
  if (after === undefined) return true;
  const c = compareNibbles(key, after, Math.max(key.length, after.length));
  return c > 0 || (c === 0 && key.length > after.length);
}
