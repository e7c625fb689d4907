/**
 * The runtime's storage port. Keys and prefixes are lowercase hex strings without `0x` (the raw
 * Substrate-shaped key bytes), so that string order is byte order and iteration is deterministic.
 * The node implements it on LMDB with a Merkle root; tests use `MemoryBackend`. A value `get` hands out
 * is never modified afterwards (the runtime remembers what it decoded from those bytes).
 */
export interface StateBackend {
  get(key: string): Uint8Array | undefined;
  /** Keys starting with `prefix`, in ascending byte order. */
  keysWithPrefix(prefix: string): Iterable<string>;
}

/** A set of writes: `null` deletes the key. */
export type StateChanges = ReadonlyMap<string, Uint8Array | null>;

export interface WritableStateBackend extends StateBackend {
  apply(changes: StateChanges): void;
}
