/**
 * The loaded @polkadot/wasm-crypto module, once `initCrypto()` has imported and instantiated it. The module
 * is imported on demand, never statically: evaluating it inflates its embedded WASM (~20 ms of CPU), which
 * a process that only encodes addresses or hashes storage keys would pay for nothing.
 */
import type * as WasmCryptoModule from '@polkadot/wasm-crypto';
import { TaonetError } from '@taonet/primitives';

export type WasmCrypto = typeof WasmCryptoModule;

let loaded: WasmCrypto | undefined;

/** Called by `initCrypto` once the module is instantiated. */
export function setWasmCrypto(module: WasmCrypto): void {
  loaded = module;
}

/** The instantiated module, or undefined before `initCrypto()` has completed. */
export function loadedWasmCrypto(): WasmCrypto | undefined {
  return loaded;
}

/** The instantiated module; throws CRYPTO_NOT_READY, naming the operation, before `initCrypto()`. */
export function wasmCrypto(operation: string): WasmCrypto {
  if (loaded === undefined || !loaded.isReady()) {
    throw new TaonetError(
      'CRYPTO_NOT_READY',
      `${operation} needs the WASM crypto: call \`await initCrypto()\` from @taonet/crypto once before using it`,
      { details: { operation } },
    );
  }
  return loaded;
}
