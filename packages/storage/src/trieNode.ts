/**
 * Trie nodes as mutable objects, and their byte format: the @ethereumjs/mpt node format (RLP lists,
 * hex-prefix encoded paths). A child reference is either a node object (loaded or new) or the bytes its
 * parent holds: a 32-byte node hash, or the node's own encoding when that is shorter than 32 bytes
 * (an inline node). The same rule decides how a changed node is referenced once encoded.
 */
import { TaonetError } from '@taonet/primitives';

export const LEAF = 0;
export const EXTENSION = 1;
export const BRANCH = 2;

/** What a node encodes to: its RLP bytes and, when it is stored (>= 32 bytes or a root), its hash. */
export interface NodeMemo {
  readonly encoded: Uint8Array;
  hash: Uint8Array | null;
}

/** `memo` is null while the node has changed since it was loaded or last encoded. */
export interface LeafNode {
  readonly type: typeof LEAF;
  key: number[];
  value: Uint8Array;
  memo: NodeMemo | null;
}

export interface ExtensionNode {
  readonly type: typeof EXTENSION;
  key: number[];
  child: ChildRef;
  memo: NodeMemo | null;
}

export interface BranchNode {
  readonly type: typeof BRANCH;
  readonly children: (ChildRef | null)[];
  /** null when no key ends here (mpt reads an empty value as none). */
  value: Uint8Array | null;
  memo: NodeMemo | null;
}

export type TrieNode = LeafNode | ExtensionNode | BranchNode;
/** A loaded node, or a stored reference: 32 bytes = a hash, fewer = an inline node's encoding. */
export type ChildRef = TrieNode | Uint8Array;

export const HASH_LENGTH = 32;

export function newLeaf(key: number[], value: Uint8Array): LeafNode {
  return { type: LEAF, key, value, memo: null };
}

export function newExtension(key: number[], child: ChildRef): ExtensionNode {
  return { type: EXTENSION, key, child, memo: null };
}

export function newBranch(): BranchNode {
  return { type: BRANCH, children: new Array<ChildRef | null>(16).fill(null), value: null, memo: null };
}

// ---- decoding ----

interface Item {
  /** the item's payload (a string's bytes or a list's content) */
  readonly start: number;
  readonly end: number;
  /** where the whole item, prefix included, starts */
  readonly from: number;
  readonly list: boolean;
}

function readItem(bytes: Uint8Array, at: number): Item {
  const b = bytes[at];
  if (b === undefined) throw invalid('truncated node');
  if (b < 0x80) return { start: at, end: at + 1, from: at, list: false };
  if (b < 0xb8) return { start: at + 1, end: at + 1 + b - 0x80, from: at, list: false };
  if (b < 0xc0) return longItem(bytes, at, b - 0xb7, false);
  if (b < 0xf8) return { start: at + 1, end: at + 1 + b - 0xc0, from: at, list: true };
  return longItem(bytes, at, b - 0xf7, true);
}

function longItem(bytes: Uint8Array, at: number, lengthOfLength: number, list: boolean): Item {
  let length = 0;
  for (let i = 1; i <= lengthOfLength; i++) length = length * 256 + (bytes[at + i] ?? 0);
  const start = at + 1 + lengthOfLength;
  return { start, end: start + length, from: at, list };
}

function readList(bytes: Uint8Array, list: Item): Item[] {
  const items: Item[] = [];
  for (let at = list.start; at < list.end; ) {
    const item = readItem(bytes, at);
    items.push(item);
    at = item.end;
  }
  if (!list.list || items.at(-1)?.end !== list.end) throw invalid('malformed node list');
  return items;
}

function childRefOf(bytes: Uint8Array, item: Item): ChildRef | null {
  if (item.list) return bytes.subarray(item.from, item.end);
  if (item.end === item.start) return null;
  if (item.end - item.start !== HASH_LENGTH) throw invalid('a child reference is neither a hash nor a node');
  return bytes.subarray(item.start, item.end);
}

/** Decodes a node's RLP bytes; `hash` is its hash when it is stored (kept so it is not recomputed). */
export function decodeNode(bytes: Uint8Array, hash: Uint8Array | null): TrieNode {
  const top = readItem(bytes, 0);
  if (top.end !== bytes.length) throw invalid('trailing bytes after a node');
  const items = readList(bytes, top);
  const memo: NodeMemo = { encoded: bytes, hash };
  if (items.length === 17) {
    const branch = newBranch();
    for (let i = 0; i < 16; i++) branch.children[i] = childRefOf(bytes, items[i]!);
    const value = items[16]!;
    branch.value = value.end > value.start ? bytes.subarray(value.start, value.end) : null;
    branch.memo = memo;
    return branch;
  }
  if (items.length !== 2 || items[0]!.list)
    throw invalid('a node is neither a branch, an extension nor a leaf');
  const [path, second] = items as [Item, Item];
  const nibbles: number[] = [];
  for (let i = path.start; i < path.end; i++) nibbles.push(bytes[i]! >> 4, bytes[i]! & 15);
  const isLeaf = (nibbles[0] ?? 0) > 1;
  const key = nibbles.slice((nibbles[0] ?? 0) % 2 === 1 ? 1 : 2);
  if (isLeaf) {
    if (second.list) throw invalid('a leaf value is a list');
    return { type: LEAF, key, value: bytes.subarray(second.start, second.end), memo };
  }
  const child = childRefOf(bytes, second);
  if (child === null) throw invalid('an extension without a child');
  return { type: EXTENSION, key, child, memo };
}

function invalid(message: string): TaonetError {
  return new TaonetError('CORRUPT_STORE', `invalid trie node: ${message}`);
}

// ---- encoding ----

/** RLP's header of a string or list payload of `length` bytes. */
function header(length: number, offset: 0x80 | 0xc0): number[] {
  if (length <= 55) return [offset + length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return [offset + 55 + bytes.length, ...bytes];
}

/** The RLP item of a byte string. */
export function encodeString(data: Uint8Array): Uint8Array {
  if (data.length === 1 && data[0]! < 0x80) return data;
  const head = header(data.length, 0x80);
  const out = new Uint8Array(head.length + data.length);
  out.set(head);
  out.set(data, head.length);
  return out;
}

const EMPTY_STRING = Uint8Array.of(0x80);

/** The RLP item a parent holds for a child: the hash as a string, or the inline node's encoding. */
export function encodeRef(ref: Uint8Array | null): Uint8Array {
  if (ref === null) return EMPTY_STRING;
  return ref.length === HASH_LENGTH ? encodeString(ref) : ref;
}

/** Concatenates RLP items into a list. */
export function encodeList(items: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const item of items) length += item.length;
  const head = header(length, 0xc0);
  const out = new Uint8Array(head.length + length);
  out.set(head);
  let at = head.length;
  for (const item of items) {
    out.set(item, at);
    at += item.length;
  }
  return out;
}

/** The hex-prefix (compact) encoding of a path, as a byte string item. */
export function encodePath(key: readonly number[], isLeaf: boolean): Uint8Array {
  const odd = key.length % 2;
  const flag = (isLeaf ? 2 : 0) + odd;
  const bytes = new Uint8Array(1 + (key.length >> 1));
  let at = 0;
  if (odd) {
    bytes[0] = (flag << 4) | key[0]!;
    at = 1;
  } else {
    bytes[0] = flag << 4;
  }
  for (let i = 1; i < bytes.length; i++, at += 2) bytes[i] = (key[at]! << 4) | key[at + 1]!;
  return encodeString(bytes);
}

export { EMPTY_STRING };
