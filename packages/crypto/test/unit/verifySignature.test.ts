import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  signatureVerify as polkadotSignatureVerify,
  sr25519Sign as polkadotSr25519Sign,
} from '@polkadot/util-crypto';
import { verify as scureVerify } from '@scure/sr25519';
import { fromHex, isTaonetError, toHex } from '@taonet/primitives';
import fc from 'fast-check';
import {
  createKeypairFromSeed,
  createKeypairFromUri,
  initCrypto,
  type KeypairType,
  toSignatureBytes,
  verifySignature,
} from '../../src/index.js';

// RFC 8032 §7.1, test 1 (empty message) and test 2 (one byte).
const RFC_SEED = '0x9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
const RFC_PUBLIC = '0xd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const RFC_SIG_EMPTY =
  '0xe5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
const RFC2_SEED = '0x4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb';
const RFC2_SIG =
  '0x92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00';

const TYPES: KeypairType[] = ['sr25519', 'ed25519'];
const seed = fc.uint8Array({ minLength: 32, maxLength: 32 });
const message = fc.uint8Array({ minLength: 1, maxLength: 256 });

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const out = bytes.slice();
  out[(bit >> 3) % out.length]! ^= 1 << (bit & 7);
  return out;
}

describe('sign and verify', () => {
  before(() => initCrypto());

  it('ed25519 signs RFC 8032 vectors exactly', () => {
    const key = createKeypairFromSeed(RFC_SEED, { type: 'ed25519' });
    assert.equal(key.accountId, RFC_PUBLIC);
    assert.equal(toHex(key.sign(new Uint8Array(0))), RFC_SIG_EMPTY);
    assert.equal(verifySignature('ed25519', new Uint8Array(0), RFC_SIG_EMPTY, RFC_PUBLIC), true);
    const key2 = createKeypairFromSeed(RFC2_SEED, { type: 'ed25519' });
    assert.equal(toHex(key2.sign(Uint8Array.of(0x72))), RFC2_SIG);
  });

  it('sr25519 signatures verify with independent implementations, and theirs with ours', () => {
    const alice = createKeypairFromUri('//Alice');
    const msg = new TextEncoder().encode('1742400000123456789.5Grwva.5FHneW.6e4b.hash');
    const sig = alice.sign(msg);
    assert.equal(sig.length, 64);
    assert.equal(sig[63]! & 0x80, 0x80, 'schnorrkel marker bit');
    assert.equal(scureVerify(msg, sig, alice.publicKey), true);
    assert.equal(polkadotSignatureVerify(msg, sig, alice.address).isValid, true);
    const secret = alice.exportSecret().secretKey;
    // polkadot-js keeps the ed25519-form secret (scalar × 8): build it from the canonical export.
    let scalar = 0n;
    for (let i = 31; i >= 0; i--) scalar = (scalar << 8n) | BigInt(secret[i]!);
    const edForm = new Uint8Array(64);
    for (let i = 0, v = scalar << 3n; i < 32; i++, v >>= 8n) edForm[i] = Number(v & 255n);
    edForm.set(secret.subarray(32), 32);
    const theirs = polkadotSr25519Sign(msg, { publicKey: alice.publicKey, secretKey: edForm });
    assert.equal(verifySignature('sr25519', msg, theirs, alice.publicKey), true);
  });

  it('signs a string as its UTF-8 bytes, 0x strings included', () => {
    const key = createKeypairFromUri('//Bob');
    const sig = key.sign('0x1234 é');
    assert.equal(key.verify(new TextEncoder().encode('0x1234 é'), sig), true);
    assert.equal(key.verify('0x1234 é', sig), true);
    assert.equal(key.verify(fromHex('0x1234'), key.sign('0x1234')), false);
  });

  it('fails on a tampered message, signature or key, and on the wrong key type', () => {
    for (const type of TYPES) {
      const key = createKeypairFromUri('//Alice', { type });
      const other = createKeypairFromUri('//Bob', { type });
      const sig = key.sign('message');
      assert.equal(verifySignature(type, 'message', sig, key.publicKey), true);
      assert.equal(verifySignature(type, 'messagE', sig, key.publicKey), false);
      assert.equal(verifySignature(type, 'message', flipBit(sig, 100), key.publicKey), false);
      assert.equal(verifySignature(type, 'message', sig, other.publicKey), false);
      assert.equal(verifySignature(type, 'message', sig, flipBit(key.publicKey, 3)), false);
      const wrongType = type === 'sr25519' ? 'ed25519' : 'sr25519';
      assert.equal(verifySignature(wrongType, 'message', sig, key.publicKey), false);
    }
    const sr = createKeypairFromSeed(new Uint8Array(32).fill(7));
    const ed = createKeypairFromSeed(new Uint8Array(32).fill(7), { type: 'ed25519' });
    assert.equal(verifySignature('ed25519', 'm', sr.sign('m'), ed.publicKey), false);
    assert.equal(verifySignature('sr25519', 'm', ed.sign('m'), sr.publicKey), false);
  });

  it('rejects a signature without the schnorrkel marker', () => {
    const key = createKeypairFromUri('//Alice');
    const sig = key.sign('m');
    sig[63]! &= 0x7f;
    assert.equal(key.verify('m', sig), false);
  });

  it('accepts 0x hex signatures and public keys; malformed ones throw clearly', () => {
    const key = createKeypairFromUri('//Alice');
    const sig = key.sign('m');
    assert.equal(verifySignature('sr25519', 'm', toHex(sig), key.accountId), true);
    assert.deepEqual(toSignatureBytes(toHex(sig)), sig);
    const isCode = (c: string, p: RegExp) => (e: unknown) => isTaonetError(e, c) && p.test(e.message);
    assert.throws(
      () => key.verify('m', sig.subarray(0, 63)),
      isCode('INVALID_SIGNATURE', /64 bytes, got 63/),
    );
    assert.throws(() => key.verify('m', `${toHex(sig)}00`), isCode('INVALID_SIGNATURE', /got 65/));
    assert.throws(() => key.verify('m', 'Test'), isCode('INVALID_SIGNATURE', /0x followed by 128 hex/));
    assert.throws(
      () => verifySignature('sr25519', 'm', sig, new Uint8Array(31)),
      isCode('INVALID_PUBLIC_KEY', /got 31/),
    );
    assert.throws(
      () => verifySignature('sr25519', 42 as never, sig, key.publicKey),
      isCode('INVALID_MESSAGE', /string/),
    );
    assert.throws(
      () => verifySignature('ecdsa' as never, 'm', sig, key.publicKey),
      isCode('INVALID_KEYPAIR_TYPE', /ecdsa/),
    );
  });

  for (const type of TYPES) {
    it(`${type}: random seeds and messages verify, and any flipped bit fails`, () => {
      fc.assert(
        fc.property(
          seed,
          message,
          fc.nat(),
          fc.constantFrom('message', 'signature', 'key'),
          (s, msg, bit, part) => {
            const key = createKeypairFromSeed(s, { type });
            const sig = key.sign(msg);
            assert.equal(verifySignature(type, msg, sig, key.publicKey), true);
            const tampered =
              part === 'message'
                ? verifySignature(type, flipBit(msg, bit), sig, key.publicKey)
                : part === 'signature'
                  ? verifySignature(type, msg, flipBit(sig, bit % 512), key.publicKey)
                  : verifySignature(type, msg, sig, flipBit(key.publicKey, bit % 256));
            assert.equal(tampered, false);
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});
