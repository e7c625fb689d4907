/**
 * The WASM half of @taonet/crypto (schnorrkel sr25519 and ed25519 from @polkadot/wasm-crypto) must be
 * instantiated once before the synchronous key, sign and verify functions can run. `initCrypto()` does it;
 * calling it again returns the same promise. SS58, hashing and mnemonic functions work without it.
 */
import { isReady, waitReady } from '@polkadot/wasm-crypto';
import { TaonetError } from '@taonet/primitives';

let pending: Promise<void> | undefined;

/** Instantiates the WASM crypto once; idempotent and safe to call concurrently. */
export function initCrypto(): Promise<void> {
  pending ??= waitReady().then((ok) => {
    if (!ok || !isReady()) {
      pending = undefined;
      throw new TaonetError(
        'CRYPTO_INIT_FAILED',
        'the WASM crypto module (@polkadot/wasm-crypto) failed to load',
      );
    }
  });
  return pending;
}

export function isCryptoReady(): boolean {
  return isReady();
}

/** Throws CRYPTO_NOT_READY, naming the operation, when `initCrypto()` has not completed yet. */
export function ensureCryptoReady(operation: string): void {
  if (!isReady()) {
    throw new TaonetError(
      'CRYPTO_NOT_READY',
      `${operation} needs the WASM crypto: call \`await initCrypto()\` from @taonet/crypto once before using it`,
      { details: { operation } },
    );
  }
}
