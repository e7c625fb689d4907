/**
 * Where a stored trie node lives in the `trieNodes` table: its position in the trie (the nibble path
 * from the root to it) followed by its hash, as Substrate's state database keys its nodes. Two places
 * holding identical subtrees therefore never share a row, so a node needs no reference count: it is
 * written when a block puts it at its place and deleted when the last kept state that has it there goes.
 * Nodes of one subtree sort next to each other, so a block's writes land on neighbouring pages.
 *
 * Layout: the path packed two nibbles a byte (an odd last nibble in the high half), the path's length
 * in nibbles as a u16, then the 32-byte hash.
 */
import type { Nibbles } from './nibbles.js';
import { HASH_LENGTH } from './trieNode.js';

export function encodeNodeKey(position: Nibbles, hash: Uint8Array): Buffer {
  const packed = (position.length + 1) >> 1;
  const key = Buffer.allocUnsafe(packed + 2 + HASH_LENGTH);
  for (let i = 0; i < packed; i++) key[i] = (position[2 * i]! << 4) | (position[2 * i + 1] ?? 0);
  key.writeUInt16BE(position.length, packed);
  key.set(hash, packed + 2);
  return key;
}
