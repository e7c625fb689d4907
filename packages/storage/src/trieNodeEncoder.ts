/**
 * Encodes a changed trie once: every changed node is serialized and, when it is stored (>= 32 bytes, or
 * the root), hashed, children first. Unchanged nodes keep the encoding and hash they were loaded with.
 */
import {
  BRANCH,
  type ChildRef,
  decodeNode,
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
import { EMPTY_TRIE_ROOT } from './trieReader.js';

export interface EncodedTrie {
  readonly root: Uint8Array;
  /** The stored nodes that changed, by hex hash. */
  readonly nodes: Map<string, Uint8Array>;
  /** The stored children (hex hashes) of each changed node. */
  readonly children: Map<string, string[]>;
}

export function encodeTrieNodes(root: ChildRef | null, hash: (data: Uint8Array) => Uint8Array): EncodedTrie {
  const out: EncodedTrie = { root: EMPTY_TRIE_ROOT, nodes: new Map(), children: new Map() };
  if (root === null) return out;
  const encoder = new NodeEncoder(hash, out);
  return { ...out, root: encoder.refOf(root, true) };
}

class NodeEncoder {
  constructor(
    private readonly hash: (data: Uint8Array) => Uint8Array,
    private readonly out: EncodedTrie,
  ) {}

  /** The reference a parent holds for `node` (a hash, or an inline encoding); the root is always hashed. */
  refOf(node: ChildRef, top: boolean): Uint8Array {
    if (node instanceof Uint8Array) return node;
    let memo = node.memo;
    if (memo === null) {
      memo = this.encode(node);
      node.memo = memo;
    }
    if (memo.encoded.length < HASH_LENGTH && !top) return memo.encoded;
    if (memo.hash === null) {
      memo.hash = this.hash(memo.encoded);
      this.record(memo.hash, memo);
    }
    return memo.hash;
  }

  private encode(node: TrieNode): NodeMemo {
    const refs: Uint8Array[] = [];
    const refItem = (child: ChildRef | null): Uint8Array => {
      if (child === null) return EMPTY_STRING;
      const ref = this.refOf(child, false);
      if (ref.length === HASH_LENGTH) refs.push(ref);
      return encodeRef(ref);
    };
    let encoded: Uint8Array;
    if (node.type === BRANCH) {
      const items = node.children.map(refItem);
      items.push(node.value === null ? EMPTY_STRING : encodeString(node.value));
      encoded = encodeList(items);
    } else if (node.type === LEAF) {
      encoded = encodeList([encodePath(node.key, true), encodeString(node.value)]);
    } else {
      encoded = encodeList([encodePath(node.key, false), refItem(node.child)]);
    }
    return { encoded, hash: null, refs };
  }

  private record(hash: Uint8Array, memo: NodeMemo): void {
    const hex = Buffer.from(hash).toString('hex');
    const refs = memo.refs ?? childHashesOf(memo.encoded);
    this.out.nodes.set(hex, memo.encoded);
    this.out.children.set(
      hex,
      refs.map((ref) => Buffer.from(ref).toString('hex')),
    );
  }
}

function childHashesOf(encoded: Uint8Array): Uint8Array[] {
  const node = decodeNode(encoded, null);
  const refs = node.type === BRANCH ? node.children : node.type === LEAF ? [] : [node.child];
  return refs.filter((ref): ref is Uint8Array => ref instanceof Uint8Array && ref.length === HASH_LENGTH);
}
