/**
 * The runtime's storage port, restated structurally: @taonet/runtime does not export its `StateBackend`
 * and `StateChanges` types from its index yet. TypeScript types are structural, so the classes here
 * are accepted wherever the runtime asks for its port. Once the runtime exports them, this file becomes
 * `export type { StateBackend, StateChanges } from '@taonet/runtime'`.
 */
export interface StateBackend {
  get(key: string): Uint8Array | undefined;
  /** Keys starting with `prefix`, in ascending byte order. */
  keysWithPrefix(prefix: string): Iterable<string>;
}

/** A set of writes: `null` deletes the key. Keys are lowercase hex without `0x`. */
export type StateChanges = ReadonlyMap<string, Uint8Array | null>;

/** A state view that can also page through keys (`state_getKeysPaged`). */
export interface PagedStateBackend extends StateBackend {
  /** Up to `count` keys under `prefix` sorting strictly after `startAfter` (when given), ascending. */
  keysPaged(prefix: string, count: number, startAfter?: string): string[];
}
