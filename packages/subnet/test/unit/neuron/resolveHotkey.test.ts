import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { isTaonetError } from '@taonet/primitives';
import { resolveHotkey } from '../../../src/neuron/resolveHotkey.js';

describe('resolveHotkey', () => {
  before(async () => {
    await initCrypto();
  });

  it('derives the keypair of a secret URI', async () => {
    const hotkey = await resolveHotkey({ hotkeyUri: '//Bob' });
    assert.equal(hotkey.address, createKeypairFromUri('//Bob').address);
  });

  it('prefers the keypair given over the URI (undefined fields allowed)', async () => {
    const alice = createKeypairFromUri('//Alice');
    assert.equal(await resolveHotkey({ hotkey: alice, hotkeyUri: '//Bob' }), alice);
    const bob = await resolveHotkey({ hotkey: undefined, hotkeyUri: '//Bob' });
    assert.equal(bob.address, createKeypairFromUri('//Bob').address);
  });

  it('refuses to run without a hotkey (HOTKEY_REQUIRED)', async () => {
    await assert.rejects(resolveHotkey({ hotkey: undefined, hotkeyUri: undefined }), (error) =>
      isTaonetError(error, 'HOTKEY_REQUIRED'),
    );
  });
});
