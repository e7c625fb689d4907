/**
 * The extrinsics root of a header: a binary Merkle root (blake2-256) over the blake2-256 hashes of the
 * encoded extrinsics, as `binary-merkle-tree` computes it (an odd node is promoted unchanged; no
 * extrinsics gives 32 zero bytes). Substrate uses a Patricia trie root here; taonet's blocks are only
 * ever checked by taonet nodes, and this root is cheaper to compute at import.
 */
import { blake2b256 } from '@taonet/crypto';
import { type Hash, toHex } from '@taonet/primitives';
import { concatBytes } from '@taonet/rpc';

export function computeExtrinsicsRoot(extrinsics: readonly Uint8Array[]): Hash {
  if (extrinsics.length === 0) return toHex(new Uint8Array(32)) as Hash;
  let level = extrinsics.map((xt) => blake2b256(xt));
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const right = level[i + 1];
      next.push(right === undefined ? level[i]! : blake2b256(concatBytes([level[i]!, right])));
    }
    level = next;
  }
  return toHex(level[0]!) as Hash;
}
