import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import type { Hash } from '@taonet/primitives';
import { createMortalEra, encodeExtrinsicEnvelope } from '@taonet/rpc';
import { createRuntime } from '@taonet/runtime';
import {
  checkExtrinsicSignature,
  decodeExtrinsic,
  encodeTimestampInherent,
  getTimestampOf,
  isInherentCall,
  isSignedExtrinsic,
  RUNTIME_VERSION,
  type SigningChain,
  signCall,
} from '../../../src/index.js';

const runtime = createRuntime();
const GENESIS = `0x${'11'.repeat(32)}` as Hash;
const hashOf = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hash;
const chain: SigningChain = {
  genesisHash: GENESIS,
  runtimeVersion: RUNTIME_VERSION,
  getCanonicalHash: (n) => (n === 0 ? GENESIS : n < 1000 ? hashOf(n) : undefined),
};

before(() => initCrypto());

function transfer(nonce: number, era = createMortalEra(64, 100), blockHash = hashOf(100)) {
  const alice = createKeypairFromUri('//Alice');
  const bob = createKeypairFromUri('//Bob');
  const call = {
    pallet: 'Balances',
    name: 'transfer_keep_alive',
    args: { dest: { tag: 'Id', value: bob.accountId }, value: 10n ** 9n },
  };
  const context = { specVersion: 1, transactionVersion: 1, genesisHash: GENESIS, blockHash };
  return signCall(runtime.callCodec, { call, signer: alice, nonce, tip: 5n, era, context });
}

describe('decodeExtrinsic', () => {
  it('decodes a signed transfer with the runtime call definitions', () => {
    const xt = decodeExtrinsic(transfer(3), runtime.executive);
    assert.ok(isSignedExtrinsic(xt));
    assert.equal(xt.call.pallet, 'Balances');
    assert.equal(xt.call.name, 'transfer_keep_alive');
    assert.equal(BigInt((xt.call.args as { value: bigint | number }).value), 10n ** 9n);
    assert.equal(xt.envelope.extra.nonce, 3);
    assert.equal(xt.envelope.extra.tip, 5n);
    assert.equal(xt.def.pays, true);
  });

  it('checks the signature against the era birth block', () => {
    const xt = decodeExtrinsic(transfer(0), runtime.executive);
    assert.ok(isSignedExtrinsic(xt));
    for (const at of [101, 120, 163]) checkExtrinsicSignature(xt, at, chain);
    assert.throws(() => checkExtrinsicSignature(xt, 165, chain), {
      code: 'INVALID_TRANSACTION',
      kind: 'BadProof',
    });
    assert.throws(() => checkExtrinsicSignature(xt, 100, chain), { kind: 'AncientBirthBlock' });
    const wrongBirth = decodeExtrinsic(transfer(0, createMortalEra(64, 100), hashOf(99)), runtime.executive);
    assert.ok(isSignedExtrinsic(wrongBirth));
    assert.throws(() => checkExtrinsicSignature(wrongBirth, 101, chain), { kind: 'BadProof' });
    const tampered = transfer(0);
    tampered[tampered.length - 1]! ^= 1;
    const bad = decodeExtrinsic(tampered, runtime.executive);
    assert.ok(isSignedExtrinsic(bad));
    assert.throws(() => checkExtrinsicSignature(bad, 101, chain), { kind: 'BadProof' });
  });

  it('refuses unknown calls and non-canonical arguments', () => {
    const unknown = encodeExtrinsicEnvelope({ signed: false, call: Uint8Array.of(5, 99, 0) });
    assert.throws(() => decodeExtrinsic(unknown, runtime.executive), { code: 'BAD_FORMAT' });
    const call = runtime.callCodec.enc({ pallet: 'Timestamp', name: 'set', args: { now: 5n } });
    const padded = encodeExtrinsicEnvelope({ signed: false, call: Uint8Array.from([...call, 0]) });
    assert.throws(() => decodeExtrinsic(padded, runtime.executive), { code: 'BAD_FORMAT' });
    const truncated = encodeExtrinsicEnvelope({ signed: false, call: call.subarray(0, 2) });
    assert.throws(() => decodeExtrinsic(truncated, runtime.executive), { code: 'BAD_FORMAT' });
  });

  it('the timestamp inherent round-trips', () => {
    const xt = decodeExtrinsic(
      encodeTimestampInherent(1_700_000_000_000, runtime.callCodec),
      runtime.executive,
    );
    assert.equal(xt.envelope.signed, false);
    assert.ok(isInherentCall(xt.def));
    assert.equal(getTimestampOf(xt.call), 1_700_000_000_000);
  });
});
