/**
 * Encodes a changed trie once: every changed node is serialized and, when it is stored (>= 32 bytes, or
 * the root), hashed, children first. Unchanged nodes keep the encoding and hash they were loaded with.
 * Each stored node is named by its node key (position and hash, see `encodeNodeKey`): the changed ones
 * with their bytes, the unchanged ones the trie still holds in memory as present.
 */
import type { Nibbles } from './nibbles.js';
import {
  BRANCH,
  type ChildRef,
  EMPTY_STRING,
  encodeList,
  encodePath,
  encodeRef,
  encodeString,
  HASH_LENGTH,
  LEAF,
  type NodeMemo,
  type TrieNode,
} from './trieNode.js';
import { encodeNodeKey } from './trieNodeKey.js';
import { EMPTY_TRIE_ROOT } from './trieReader.js';

export interface EncodedTrie {
  readonly root: Uint8Array;
  /** The stored nodes encoded anew, by hex node key. */
  readonly nodes: Map<string, Uint8Array>;
  /** The hex node keys of the unchanged stored nodes loaded in memory and still in the trie. */
  readonly present: Set<string>;
}

export function encodeTrieNodes(root: ChildRef | null, hash: (data: Uint8Array) => Uint8Array): EncodedTrie {
  const out: EncodedTrie = { root: EMPTY_TRIE_ROOT, nodes: new Map(), present: new Set() };
  if (root === null) return out;
  const encoder = new NodeEncoder(hash, out);
  return { ...out, root: encoder.refOf(root, [], true) };
}

class NodeEncoder {
  constructor(
    private readonly hash: (data: Uint8Array) => Uint8Array,
    private readonly out: EncodedTrie,
  ) {}

  /** The reference a parent holds for `node` (a hash, or an inline encoding); the root is always hashed. */
  refOf(node: ChildRef, position: Nibbles, top: boolean): Uint8Array {
    if (node instanceof Uint8Array) return node;
    let memo = node.memo;
    if (memo === null) {
      memo = { encoded: this.encode(node, position), hash: null };
      node.memo = memo;
    } else {
      this.markPresent(node, position, top);
    }
    if (memo.encoded.length < HASH_LENGTH && !top) return memo.encoded;
    if (memo.hash === null) {
      memo.hash = this.hash(memo.encoded);
      this.out.nodes.set(nodeKeyHex(position, memo.hash), memo.encoded);
    }
    return memo.hash;
  }

  private encode(node: TrieNode, position: Nibbles): Uint8Array {
    if (node.type === BRANCH) {
      const items = node.children.map((child, index) =>
        child === null ? EMPTY_STRING : encodeRef(this.refOf(child, [...position, index], false)),
      );
      items.push(node.value === null ? EMPTY_STRING : encodeString(node.value));
      return encodeList(items);
    }
    if (node.type === LEAF) return encodeList([encodePath(node.key, true), encodeString(node.value)]);
    const child = encodeRef(this.refOf(node.child, [...position, ...node.key], false));
    return encodeList([encodePath(node.key, false), child]);
  }

  /** An unchanged node, and the unchanged nodes loaded below it: still stored where they are. */
  private markPresent(node: TrieNode, position: Nibbles, top: boolean): void {
    const memo = node.memo as NodeMemo;
    if (memo.hash !== null && (top || memo.encoded.length >= HASH_LENGTH)) {
      this.out.present.add(nodeKeyHex(position, memo.hash));
    }
    if (node.type === BRANCH) {
      node.children.forEach((child, index) => {
        if (child !== null && !(child instanceof Uint8Array))
          this.markPresent(child, [...position, index], false);
      });
    } else if (node.type !== LEAF && !(node.child instanceof Uint8Array)) {
      this.markPresent(node.child, [...position, ...node.key], false);
    }
  }
}

function nodeKeyHex(position: Nibbles, hash: Uint8Array): string {
  return encodeNodeKey(position, hash).toString('hex');
}
