/** The hashes a stored trie node references (its stored children); inline children hold no hashes. */
import { BranchMPTNode, decodeMPTNode, ExtensionMPTNode, isRawMPTNode } from '@ethereumjs/mpt';

export function getChildHashes(nodeBytes: Uint8Array): Uint8Array[] {
  const node = decodeMPTNode(nodeBytes);
  if (node instanceof BranchMPTNode) {
    const out: Uint8Array[] = [];
    for (const [, ref] of node.getChildren()) if (!isRawMPTNode(ref)) out.push(ref);
    return out;
  }
  if (node instanceof ExtensionMPTNode) {
    const ref: Uint8Array | Uint8Array[] = node.value();
    return isRawMPTNode(ref) ? [] : [ref];
  }
  return [];
}
