import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { isTaonetError, toHex } from '@taonet/primitives';
import {
  createKeypairFromUri,
  initCrypto,
  signatureVerify,
  toSignerPublicKey,
  wrapBytes,
} from '../../src/index.js';

describe('signatureVerify', () => {
  before(() => initCrypto());

  // A dendrite request message: "{nonce}.{dendrite hotkey}.{axon hotkey}.{uuid}.{body hash}".
  const message = () => {
    const alice = createKeypairFromUri('//Alice').address;
    const bob = createKeypairFromUri('//Bob').address;
    return `1742400000123456789.${alice}.${bob}.6e4b0d8c-1f4a-11f0-9c1e-0242ac120002.${'ab'.repeat(32)}`;
  };

  it('accepts the signer as SS58, account id or bytes, and the signature as 0x hex', () => {
    const alice = createKeypairFromUri('//Alice');
    const sig = toHex(alice.sign(message()));
    for (const signer of [alice.address, alice.accountId, alice.publicKey]) {
      const result = signatureVerify(message(), sig, signer);
      assert.equal(result.isValid, true);
      assert.equal(result.type, 'sr25519');
      assert.equal(result.isWrapped, false);
      assert.deepEqual(result.publicKey, alice.publicKey);
    }
  });

  it('finds the scheme, or checks only the one asked for', () => {
    const ed = createKeypairFromUri('//Alice', { type: 'ed25519' });
    const sig = ed.sign('hello');
    assert.equal(signatureVerify('hello', sig, ed.address).type, 'ed25519');
    assert.equal(signatureVerify('hello', sig, ed.address, { type: 'ed25519' }).isValid, true);
    const asSr = signatureVerify('hello', sig, ed.address, { type: 'sr25519' });
    assert.deepEqual([asSr.isValid, asSr.type], [false, null]);
  });

  it('accepts a <Bytes>-wrapped signature (polkadot-js signRaw) unless told not to', () => {
    const alice = createKeypairFromUri('//Alice');
    const sig = alice.sign(wrapBytes('hello'));
    assert.equal(new TextDecoder().decode(wrapBytes('hello')), '<Bytes>hello</Bytes>');
    const result = signatureVerify('hello', sig, alice.address);
    assert.deepEqual([result.isValid, result.isWrapped], [true, true]);
    assert.equal(signatureVerify('hello', sig, alice.address, { allowBytesWrapper: false }).isValid, false);
  });

  it('says false for a wrong message, signer or signature', () => {
    const alice = createKeypairFromUri('//Alice');
    const bob = createKeypairFromUri('//Bob');
    const sig = alice.sign(message());
    assert.equal(signatureVerify(`${message()}x`, sig, alice.address).isValid, false);
    assert.equal(signatureVerify(message(), sig, bob.address).isValid, false);
    assert.equal(signatureVerify(message(), bob.sign(message()), alice.address).isValid, false);
  });

  it('throws clearly on a malformed signer or signature', () => {
    const alice = createKeypairFromUri('//Alice');
    const sig = alice.sign('m');
    assert.throws(
      () => signatureVerify('m', sig, '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ'),
      (e) => isTaonetError(e, 'INVALID_SS58'),
    );
    assert.throws(
      () => signatureVerify('m', sig, '0x1234'),
      (e) => isTaonetError(e, 'INVALID_PUBLIC_KEY'),
    );
    assert.throws(
      () => signatureVerify('m', toHex(sig).slice(0, 100), alice.address),
      (e) => isTaonetError(e, 'INVALID_SIGNATURE'),
    );
    assert.deepEqual(toSignerPublicKey(alice.accountId), alice.publicKey);
  });
});
