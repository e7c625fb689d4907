import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTaonetError } from '@taonet/primitives';
import {
  createKeypairFromSeed,
  DEV_PHRASE,
  encodeSs58,
  initCrypto,
  isCryptoReady,
  isValidMnemonic,
  verifySignature,
} from '../../src/index.js';

// node --test runs each file in its own process, so nothing has initialised the WASM yet.
describe('initCrypto', () => {
  it('sync key functions throw a clear error before init; SS58 and mnemonics work without it', async () => {
    assert.equal(isCryptoReady(), false);
    assert.throws(
      () => createKeypairFromSeed(new Uint8Array(32)),
      (e) => isTaonetError(e, 'CRYPTO_NOT_READY') && /await initCrypto\(\)/.test(e.message),
    );
    assert.throws(
      () => verifySignature('sr25519', 'm', new Uint8Array(64), new Uint8Array(32)),
      (e) => isTaonetError(e, 'CRYPTO_NOT_READY') && /sr25519 verify/.test(e.message),
    );
    assert.equal(isValidMnemonic(DEV_PHRASE), true);
    assert.match(encodeSs58(new Uint8Array(32)), /^5/);

    const first = initCrypto();
    assert.equal(initCrypto(), first, 'concurrent calls share one promise');
    await first;
    await initCrypto();
    assert.equal(isCryptoReady(), true);
    assert.equal(createKeypairFromSeed(new Uint8Array(32)).publicKey.length, 32);
  });
});
