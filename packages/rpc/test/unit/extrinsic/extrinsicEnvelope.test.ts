import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromSeed, createKeypairFromUri, initCrypto, verifySignature } from '@taonet/crypto';
import { fromHex, type Hash, toHex } from '@taonet/primitives';
import fc from 'fast-check';
import {
  computeExtrinsicHash,
  createMortalEra,
  decodeExtrinsicEnvelope,
  type ExtrinsicEnvelope,
  encodeAdditional,
  encodeExtra,
  encodeExtrinsicEnvelope,
  encodeSignedPayload,
  IMMORTAL_ERA,
  signExtrinsic,
} from '../../../src/index.js';

const GENESIS = '0xdcd1346701ca8396496e52aa2785b1748deb6db09551b72159dcb3e08991025b' as Hash;
const BLOCK = '0xec7afaf1cca720ce88c1d1b689d81f0583cc15a97d621cf046dd9abf605ef22f' as Hash;
const CALL = fromHex(
  '0x0503' + '00' + 'd7568e5f0a7eda67a82691ff379ac4bba4f9c9b859fe779b5d46363b61ad2db9' + 'e56c',
);

before(() => initCrypto());

describe('extrinsic envelope', () => {
  it('a signed sr25519 extrinsic decodes to what was signed and its signature verifies', () => {
    const alice = createKeypairFromUri('//Alice');
    const extra = { era: createMortalEra(64, 100), nonce: 7, tip: 1_000n };
    const context = { specVersion: 1, transactionVersion: 1, genesisHash: GENESIS, blockHash: BLOCK };
    const bytes = signExtrinsic({ call: CALL, signer: alice, extra, context });
    const envelope = decodeExtrinsicEnvelope(bytes);
    assert.ok(envelope.signed);
    assert.equal(envelope.signer, alice.accountId);
    assert.equal(envelope.signatureType, 'sr25519');
    assert.deepEqual(envelope.extra, extra);
    assert.deepEqual(envelope.call, CALL);
    const payload = encodeSignedPayload(CALL, extra, context);
    assert.ok(verifySignature('sr25519', payload, envelope.signature, alice.publicKey));
    assert.deepEqual(encodeExtrinsicEnvelope(envelope), bytes);
    assert.match(computeExtrinsicHash(bytes), /^0x[0-9a-f]{64}$/);
  });

  it('known answer: the field order of polkadot-js ExtrinsicV4 (ed25519, deterministic)', () => {
    // @polkadot/types ExtrinsicV4 spec: Alice (ed25519 seed "Alice" + spaces) signs balances.transfer to Bob
    // with nonce 1, tip 2, immortal era, spec/tx version 123. Its registry's 4th extra byte is an
    // asset-id Option (None), which adds nothing to `additional`; ours is the CheckMetadataHash mode, which
    // adds the None metadata hash (0x00) at the end: the signature must verify over our payload minus it.
    const alice = createKeypairFromSeed(new TextEncoder().encode('Alice'.padEnd(32, ' ')), {
      type: 'ed25519',
    });
    assert.equal(alice.accountId, '0xd172a74cda4c865912c32ba0a80a57ae69abae410e5ccb59dee84e2f4432db4f');
    const signature = fromHex(
      '0xeb58b10100923b73df92010db6f9363300ea3947d4c7c92ce669da93931853e8' +
        'a2f21c8a7c73035b3ddd8cdd47ef5db3092aad09d15e6f5ed9d32d7864821409',
    );
    const call = fromHex(
      '0x0600' + '00' + 'd7568e5f0a7eda67a82691ff379ac4bba4f9c9b859fe779b5d46363b61ad2db9' + 'e56c',
    );
    const extra = { era: IMMORTAL_ERA, nonce: 1, tip: 2n };
    assert.equal(toHex(encodeExtra(extra)), '0x00040800');
    const context = { specVersion: 123, transactionVersion: 123, genesisHash: GENESIS, blockHash: BLOCK };
    const additional = encodeAdditional(context);
    assert.equal(additional[additional.length - 1], 0);
    const payload = Uint8Array.from([...call, ...encodeExtra(extra), ...additional.subarray(0, -1)]);
    assert.ok(verifySignature('ed25519', payload, signature, alice.publicKey));
    assert.deepEqual(alice.sign(payload), signature);
    const ours = signExtrinsic({ call, signer: alice, extra, context });
    const decoded = decodeExtrinsicEnvelope(ours);
    assert.ok(decoded.signed && decoded.signatureType === 'ed25519');
    assert.deepEqual(decoded.signature, alice.sign(encodeSignedPayload(call, extra, context)));
  });

  it('hashes payloads over 256 bytes with blake2-256', () => {
    const alice = createKeypairFromUri('//Alice');
    const call = new Uint8Array(300).fill(7);
    const extra = { era: IMMORTAL_ERA, nonce: 0, tip: 0n };
    const context = { specVersion: 1, transactionVersion: 1, genesisHash: GENESIS, blockHash: GENESIS };
    assert.equal(encodeSignedPayload(call, extra, context).length, 32);
    const envelope = decodeExtrinsicEnvelope(signExtrinsic({ call, signer: alice, extra, context }));
    assert.ok(envelope.signed);
    assert.ok(alice.verify(encodeSignedPayload(call, extra, context), envelope.signature));
  });

  it('round-trips arbitrary envelopes', () => {
    const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
    const envelope = fc.oneof(
      fc.record({
        signed: fc.constant(false as const),
        call: fc.uint8Array({ minLength: 2, maxLength: 80 }),
      }),
      fc.record({
        signed: fc.constant(true as const),
        signer: bytes32.map((b) => toHex(b) as never),
        signatureType: fc.constantFrom('ed25519' as const, 'sr25519' as const),
        signature: fc.uint8Array({ minLength: 64, maxLength: 64 }),
        extra: fc.record({
          era: fc.oneof(
            fc.constant(IMMORTAL_ERA),
            fc.tuple(fc.integer({ min: 2, max: 16 }), fc.nat()).map(([l, n]) => createMortalEra(2 ** l, n)),
          ),
          nonce: fc.nat({ max: 0xffff_ffff }),
          tip: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
        }),
        call: fc.uint8Array({ minLength: 2, maxLength: 80 }),
      }),
    );
    fc.assert(
      fc.property(envelope, (value: ExtrinsicEnvelope) => {
        const plain = value.signed ? { ...value, extra: { ...value.extra } } : { ...value };
        assert.deepEqual(decodeExtrinsicEnvelope(encodeExtrinsicEnvelope(value)), plain);
      }),
    );
  });

  it('refuses malformed input with BAD_FORMAT', () => {
    const alice = createKeypairFromUri('//Alice');
    const good = signExtrinsic({
      call: CALL,
      signer: alice,
      extra: { era: IMMORTAL_ERA, nonce: 0, tip: 0n },
      context: { specVersion: 1, transactionVersion: 1, genesisHash: GENESIS, blockHash: GENESIS },
    });
    const cases: Uint8Array[] = [
      new Uint8Array(0),
      good.subarray(0, good.length - 1),
      Uint8Array.from([...good, 0]),
      Uint8Array.of(8, 0x05, 1, 2),
      Uint8Array.of(4, 0x04),
    ];
    const wrongSigKind = good.slice();
    wrongSigKind[2 + 1 + 1 + 32] = 2; // length (2), version, address kind, signer
    cases.push(wrongSigKind);
    const metadataMode = good.slice();
    metadataMode[2 + 1 + 1 + 32 + 1 + 64 + 3] = 1; // ... signature kind, signature, era, nonce, tip
    cases.push(metadataMode);
    for (const bytes of cases) assert.throws(() => decodeExtrinsicEnvelope(bytes), { code: 'BAD_FORMAT' });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          decodeExtrinsicEnvelope(bytes);
        } catch (error) {
          assert.equal((error as { code?: string }).code, 'BAD_FORMAT');
        }
      }),
    );
  });
});
