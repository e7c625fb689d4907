/**
 * The loaded @polkadot/wasm-crypto module, once `initCrypto()` has imported and instantiated it, and
 * @scure/sr25519 (with @noble/curves) which it imports at the same time. They are imported on demand, never
 * statically: evaluating wasm-crypto inflates its embedded WASM (~20 ms of CPU), the curves take a few ms
 * more, which a process that only encodes addresses or hashes storage keys would pay for nothing.
 */
import type * as WasmCryptoModule from '@polkadot/wasm-crypto';
import type * as ScureSr25519 from '@scure/sr25519';
import { TaonetError } from '@taonet/primitives';

export type WasmCrypto = typeof WasmCryptoModule;
export type Sr25519Js = Pick<typeof ScureSr25519, 'getPublicKey'>;

let loaded: WasmCrypto | undefined;
let sr25519: Sr25519Js | undefined;

/** Called by `initCrypto` once the modules are loaded and the WASM instantiated. */
export function setWasmCrypto(module: WasmCrypto, js: Sr25519Js): void {
  sr25519 = js;
  loaded = module;
}

/** @scure/sr25519 (its `getPublicKey` from a secret key); throws CRYPTO_NOT_READY before `initCrypto()`. */
export function sr25519Js(operation: string): Sr25519Js {
  wasmCrypto(operation);
  return sr25519 as Sr25519Js;
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
