/** Half-byte paths of the Merkle Patricia trie: a key's bytes split high nibble first. */
export type Nibbles = readonly number[];

export function bytesToNibbles(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    out[2 * i] = bytes[i]! >> 4;
    out[2 * i + 1] = bytes[i]! & 15;
  }
  return out;
}

/** Hex text (any length, odd allowed) as nibbles: a key prefix need not end on a byte. */
export function hexToNibbles(hex: string): number[] {
  const out = new Array<number>(hex.length);
  for (let i = 0; i < hex.length; i++) out[i] = Number.parseInt(hex[i]!, 16);
  return out;
}

export function nibblesToHex(nibbles: Nibbles): string {
  let out = '';
  for (const n of nibbles) out += n.toString(16);
  return out;
}

/**
 * Compares `a` with `b` on their first `length` nibbles (fewer when one is shorter): negative, zero or
 * positive like a sort comparator.
 */
export function compareNibbles(a: Nibbles, b: Nibbles, length: number): number {
  const n = Math.min(length, a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return 0;
}
