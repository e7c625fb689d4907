/** A module (pallet) of the runtime: fixed index, calls, per-block hooks. */
import type { StorageItemInfo } from '../state/storageItem.js';
import type { CallDef, DispatchContext } from './callDef.js';
import type { ErrorKind } from './dispatchError.js';

export interface RuntimeModule {
  readonly name: string;
  /** pallet index on the wire (retired indices stay as tombstones in runtime.ts) */
  readonly index: number;
  // biome-ignore lint/suspicious/noExplicitAny: a module's calls have heterogeneous argument types
  readonly calls: readonly CallDef<any>[];
  readonly errors: Readonly<Record<string, ErrorKind>>;
  readonly storage: readonly { info(): StorageItemInfo }[];
  onInitialize?(ctx: DispatchContext): void;
  onFinalize?(ctx: DispatchContext): void;
}
