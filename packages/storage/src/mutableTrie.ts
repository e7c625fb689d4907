/**
 * A block's changes applied to the stored trie in memory, then encoded and hashed once.
 *
 * `put` and `del` follow @ethereumjs/mpt 10.1.3's insertion and deletion step by step (its `findPath`,
 * `_updateNode`, `_deleteNode` and `saveStack`), so every intermediate trie has the same shape mpt gives,
 * quirks included: deleting a leaf whose parent branch keeps one child collapses that branch even when it
 * holds a value, which then drops out of the trie (the committed roots depend on it). What differs is the
 * work: nodes are loaded and decoded once per block, not once per change; a changed node is only marked,
 * and `commit` encodes and hashes each changed node once at the end instead of after every change.
 */
import { TaonetError } from '@taonet/primitives';
import {
  BRANCH,
  type BranchNode,
  type ChildRef,
  decodeNode,
  EXTENSION,
  HASH_LENGTH,
  LEAF,
  type LeafNode,
  newBranch,
  newExtension,
  newLeaf,
  type TrieNode,
} from './trieNode.js';
import { encodeTrieNodes } from './trieNodeEncoder.js';
import { encodeNodeKey } from './trieNodeKey.js';
import { isEmptyRoot, type NodeSource } from './trieReader.js';

/** What a block did to the stored trie: its new root and the stored nodes it adds and drops. */
export interface TrieChanges {
  readonly root: Uint8Array;
  /** Stored nodes the new trie has and the old one had not at the same place, by hex node key. */
  readonly inserted: ReadonlyMap<string, Uint8Array>;
  /** Hex node keys of the old trie's stored nodes the new one no longer has at their place. */
  readonly replaced: readonly string[];
}

interface FoundPath {
  readonly node: TrieNode | null;
  readonly remaining: number[];
  readonly stack: TrieNode[];
}

export class MutableTrie {
  /** null = the empty trie. */
  private root: ChildRef | null;
  /** The hex node keys of the stored nodes read so far: the old nodes a change may replace. */
  private readonly loaded = new Set<string>();

  constructor(
    private readonly source: NodeSource,
    root: Uint8Array,
  ) {
    this.root = isEmptyRoot(root) ? null : root;
  }

  /** Sets `key` (whole nibbles) to a non-empty value. */
  put(key: number[], value: Uint8Array): void {
    if (this.root === null) {
      this.root = newLeaf(key.slice(), value);
      return;
    }
    const { remaining, stack } = this.findPath(key);
    this.updateNode(key, value, remaining, stack);
  }

  del(key: number[]): void {
    if (this.root === null) return;
    const { node, stack } = this.findPath(key);
    const hasValue = node !== null && (node.type !== BRANCH || node.value !== null);
    if (hasValue) this.deleteNode(key, stack);
  }

  /**
   * Encodes and hashes the changed nodes; returns the root, the stored nodes the new trie has that the
   * old one had not at the same place, and the old trie's nodes it no longer has there.
   */
  commit(hash: (data: Uint8Array) => Uint8Array): TrieChanges {
    const { root, nodes, present } = encodeTrieNodes(this.root, hash);
    const inserted = new Map<string, Uint8Array>();
    for (const [key, bytes] of nodes) if (!this.loaded.has(key)) inserted.set(key, bytes);
    const replaced: string[] = [];
    for (const key of this.loaded) if (!nodes.has(key) && !present.has(key)) replaced.push(key);
    return { root, inserted, replaced };
  }

  private resolve(ref: ChildRef, position: number[]): TrieNode {
    if (!(ref instanceof Uint8Array)) return ref;
    if (ref.length < HASH_LENGTH) return decodeNode(ref, null);
    const bytes = this.source(ref, position);
    if (bytes === undefined) {
      throw new TaonetError(
        'TRIE_NODE_MISSING',
        `trie node ${Buffer.from(ref).toString('hex')} is not stored`,
      );
    }
    this.loaded.add(encodeNodeKey(position, ref).toString('hex'));
    return decodeNode(bytes, ref);
  }

  /**
   * Empties the trie, as mpt does in some deletes (even when other keys remain): every stored node it
   * held is replaced, so the ones not read yet are read now, to be listed.
   */
  private dropTrie(): void {
    const visit = (ref: ChildRef, position: number[]): void => {
      const node =
        ref instanceof Uint8Array && ref.length === HASH_LENGTH ? this.resolve(ref, position) : ref;
      if (node instanceof Uint8Array) return; // an inline node holds no stored nodes
      if (node.type === BRANCH) {
        node.children.forEach((child, index) => {
          if (child !== null) visit(child, [...position, index]);
        });
      } else if (node.type === EXTENSION) {
        visit(node.child, [...position, ...node.key]);
      }
    };
    if (this.root !== null) visit(this.root, []);
    this.root = null;
  }

  /** mpt's `findPath`: the nodes from the root towards `key`, resolved in place in their parents. */
  private findPath(key: readonly number[]): FoundPath {
    const stack: TrieNode[] = [];
    let node = this.resolve(this.root!, []);
    this.root = node;
    let progress = 0;
    for (;;) {
      stack.push(node);
      if (node.type === BRANCH) {
        if (progress === key.length) return { node, remaining: [], stack };
        const index = key[progress]!;
        const ref = node.children[index];
        if (ref === null || ref === undefined) {
          return { node: null, remaining: key.slice(progress), stack };
        }
        progress++;
        const child = this.resolve(ref, key.slice(0, progress));
        node.children[index] = child;
        node = child;
        continue;
      }
      const start = progress;
      if (node.type === LEAF && key.length - progress > node.key.length) {
        return { node: null, remaining: key.slice(start), stack };
      }
      for (const nibble of node.key) {
        if (nibble !== key[progress]) return { node: null, remaining: key.slice(start), stack };
        progress++;
      }
      if (node.type === LEAF) return { node, remaining: [], stack };
      const child = this.resolve(node.child, key.slice(0, progress));
      node.child = child;
      node = child;
    }
  }

  /** mpt's `_updateNode`. */
  private updateNode(fullKey: number[], value: Uint8Array, keyRemainder: number[], stack: TrieNode[]): void {
    const lastNode = stack.pop();
    if (lastNode === undefined) throw internal('stack underflow');
    if (isMatchingLeafUpdate(lastNode, stack, fullKey, keyRemainder)) {
      lastNode.value = value;
      stack.push(lastNode);
    } else if (lastNode.type === BRANCH) {
      stack.push(lastNode);
      if (keyRemainder.length !== 0) {
        keyRemainder.shift();
        stack.push(newLeaf(keyRemainder, value));
      } else {
        lastNode.value = value;
      }
    } else {
      this.splitAt(lastNode, value, keyRemainder, stack);
    }
    this.saveStack(fullKey.slice(), stack);
  }

  /** mpt's `_updateNode` case 3: the path leaves an extension or a leaf; a branch takes its place. */
  private splitAt(
    lastNode: Exclude<TrieNode, BranchNode>,
    value: Uint8Array,
    keyRemainder: number[],
    stack: TrieNode[],
  ): void {
    const lastKey = lastNode.key.slice();
    const matching = matchingNibbleLength(lastKey, keyRemainder);
    const branch = newBranch();
    if (matching !== 0) {
      // mpt's placeholder child; saveStack links the new branch in its place
      stack.push(newExtension(lastNode.key.slice(0, matching), value));
      lastKey.splice(0, matching);
      keyRemainder.splice(0, matching);
    }
    stack.push(branch);
    if (lastKey.length !== 0) {
      const branchKey = lastKey.shift()!;
      if (lastKey.length !== 0 || lastNode.type === LEAF) {
        lastNode.key = lastKey;
        lastNode.memo = null;
        branch.children[branchKey] = lastNode;
      } else {
        branch.children[branchKey] = lastNode.child;
      }
    } else if (lastNode.type === LEAF) {
      branch.value = lastNode.value.length > 0 ? lastNode.value : null;
    } else {
      throw internal('a path runs through an extension without reaching its child');
    }
    if (keyRemainder.length !== 0) {
      keyRemainder.shift();
      stack.push(newLeaf(keyRemainder, value));
    } else {
      branch.value = value;
    }
  }

  /** mpt's `_deleteNode`. */
  private deleteNode(key: readonly number[], stack: TrieNode[]): void {
    let lastNode = stack.pop();
    if (lastNode === undefined) throw internal('missing last node');
    let parentNode = stack.pop();
    let pathNibbles = key.slice();
    if (parentNode === undefined) {
      this.dropTrie();
      return;
    }
    if (lastNode.type === BRANCH) {
      lastNode.value = null;
    } else {
      if (parentNode.type !== BRANCH) throw internal('expected a branch node');
      pathNibbles.splice(pathNibbles.length - lastNode.key.length);
      parentNode.children[pathNibbles.pop()!] = null;
      lastNode = parentNode;
      parentNode = stack.pop();
    }
    const children = childrenOf(lastNode as BranchNode);
    if (children.length === 0) {
      this.replaceEmptyBranch(lastNode as BranchNode, parentNode, pathNibbles, stack);
      return;
    }
    if (children.length === 1) {
      const [branchKey, ref] = children[0]!;
      const child = this.resolve(ref, [...pathNibbles, branchKey]);
      pathNibbles = collapseBranchWithOneChild(pathNibbles, branchKey, child, parentNode, stack);
      this.saveStack(pathNibbles, stack);
      return;
    }
    if (parentNode !== undefined) stack.push(parentNode);
    stack.push(lastNode);
    this.saveStack(pathNibbles, stack);
  }

  /** A branch left without children: a leaf keeps its value, or it goes away. */
  private replaceEmptyBranch(
    branch: BranchNode,
    parentNode: TrieNode | undefined,
    pathNibbles: number[],
    stack: TrieNode[],
  ): void {
    if (branch.value !== null) {
      const leaf = newLeaf([], branch.value);
      if (parentNode?.type === EXTENSION) {
        leaf.key = parentNode.key.slice();
        stack.push(leaf);
      } else {
        if (parentNode?.type === BRANCH) stack.push(parentNode);
        stack.push(leaf);
      }
      this.saveStack(pathNibbles, stack);
      return;
    }
    if (parentNode === undefined || parentNode.type === EXTENSION) {
      this.dropTrie();
      return;
    }
    if (parentNode.type !== BRANCH) throw internal('expected a branch node');
    parentNode.children[pathNibbles.pop()!] = null;
    stack.push(parentNode);
    this.saveStack(pathNibbles, stack);
  }

  /** mpt's `saveStack`: links each node of the path to the one below it, bottom up; all are changed. */
  private saveStack(pathNibbles: number[], stack: TrieNode[]): void {
    let child: TrieNode | undefined;
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.type !== BRANCH) pathNibbles.splice(pathNibbles.length - node.key.length);
      if (child !== undefined) {
        if (node.type === EXTENSION) node.child = child;
        else if (node.type === BRANCH) node.children[pathNibbles.pop()!] = child;
      }
      node.memo = null;
      child = node;
    }
    if (child !== undefined) this.root = child;
  }
}

/** mpt's `collapseBranchWithOneChild`: a branch left with one child merges into its neighbours. */
function collapseBranchWithOneChild(
  pathNibbles: number[],
  branchIndex: number,
  childNode: TrieNode,
  parentNode: TrieNode | undefined,
  stack: TrieNode[],
): number[] {
  if (parentNode === undefined || parentNode.type === BRANCH) {
    if (parentNode !== undefined) stack.push(parentNode);
    if (childNode.type === BRANCH) {
      stack.push(newExtension([branchIndex], new Uint8Array()));
      pathNibbles.push(branchIndex);
      stack.push(childNode);
      return pathNibbles;
    }
    childNode.key = [branchIndex, ...childNode.key];
    childNode.memo = null;
    stack.push(childNode);
    return pathNibbles.concat(childNode.key);
  }
  if (parentNode.type !== EXTENSION) throw internal('expected an extension node');
  if (childNode.type === BRANCH) {
    parentNode.key = [...parentNode.key, branchIndex];
    parentNode.memo = null;
    pathNibbles.push(branchIndex);
    stack.push(parentNode);
    stack.push(childNode);
    return pathNibbles;
  }
  const childKey = [branchIndex, ...childNode.key];
  childNode.key = [...parentNode.key, ...childKey];
  childNode.memo = null;
  stack.push(childNode);
  return pathNibbles.concat(childKey);
}

/** mpt's `_isMatchingLeafUpdate`: the key exists at this leaf, only its value changes. */
function isMatchingLeafUpdate(
  lastNode: TrieNode,
  stack: readonly TrieNode[],
  fullKey: readonly number[],
  keyRemainder: readonly number[],
): lastNode is LeafNode {
  if (lastNode.type !== LEAF || keyRemainder.length !== 0) return false;
  let offset = 0;
  for (const node of stack) offset += node.type === BRANCH ? 1 : node.key.length;
  return matchingNibbleLength(lastNode.key, fullKey.slice(offset)) === lastNode.key.length;
}

function matchingNibbleLength(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  while (a[i] === b[i] && a.length > i) i++;
  return i;
}

function childrenOf(branch: BranchNode): [number, ChildRef][] {
  const out: [number, ChildRef][] = [];
  for (let i = 0; i < 16; i++) {
    const ref = branch.children[i];
    if (ref !== null && ref !== undefined) out.push([i, ref]);
  }
  return out;
}

function internal(message: string): TaonetError {
  return new TaonetError('TRIE_INTERNAL', message);
}
