/**
 * The WASM half of @taonet/crypto (schnorrkel sr25519 and ed25519 from @polkadot/wasm-crypto) must be
 * instantiated once before the synchronous key, sign and verify functions can run. `initCrypto()` does it
 * (importing the modules then: nothing loads them before); calling it again returns the same promise. SS58,
 * hashing and mnemonic functions work without it.
 */
import { TaonetError } from '@taonet/primitives';
import { loadedWasmCrypto, setWasmCrypto, wasmCrypto } from './wasmCrypto.js';

let pending: Promise<void> | undefined;

function initFailed(): TaonetError {
  return new TaonetError(
    'CRYPTO_INIT_FAILED',
    'the WASM crypto module (@polkadot/wasm-crypto) failed to load',
  );
}

/** Instantiates the WASM crypto once; idempotent and safe to call concurrently. */
export function initCrypto(): Promise<void> {
  pending ??= Promise.all([import('@polkadot/wasm-crypto'), import('@scure/sr25519')]).then(
    async ([module, js]) => {
      const ok = await module.waitReady();
      if (!ok || !module.isReady()) {
        pending = undefined;
        throw initFailed();
      }
      setWasmCrypto(module, js);
    },
    () => {
      pending = undefined;
      throw initFailed();
    },
  );
  return pending;
}

export function isCryptoReady(): boolean {
  return loadedWasmCrypto()?.isReady() ?? false;
}

/** Throws CRYPTO_NOT_READY, naming the operation, when `initCrypto()` has not completed yet. */
export function ensureCryptoReady(operation: string): void {
  wasmCrypto(operation);
}
