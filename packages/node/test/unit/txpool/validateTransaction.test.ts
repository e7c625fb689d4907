import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { encodeExtrinsicEnvelope, IMMORTAL_ERA } from '@taonet/rpc';
import { encodeTimestampInherent, validateTransaction } from '../../../src/index.js';
import { createPoolChain, type PoolChain } from '../../fixtures/poolChain.js';

let fx: PoolChain;
before(async () => {
  fx = await createPoolChain();
});
const opts = () => ({ calls: fx.runtime.executive, maxLength: 1 << 20 });

describe('validateTransaction', () => {
  it('accepts a signed transfer and reports fee, priority and era death', () => {
    const valid = validateTransaction(fx.transfer(fx.keys.alice, 0, { tip: 7n }), fx.chain, opts());
    assert.equal(valid.sender, fx.keys.alice.accountId);
    assert.equal(valid.nonce, 0);
    assert.equal(valid.priority, 7n);
    assert.ok(valid.fee > 7n);
    assert.equal(valid.death, 10 + 64); // born at the best block (10)
    assert.equal(validateTransaction(fx.transfer(fx.keys.alice, 5), fx.chain, opts()).nonce, 5);
  });

  it('refuses with the reason: bad signature, payment, unsigned, inherent, size, format', () => {
    const tampered = fx.transfer(fx.keys.alice, 0);
    tampered[tampered.length - 1]! ^= 1;
    assert.throws(() => validateTransaction(tampered, fx.chain, opts()), { kind: 'BadProof' });
    assert.throws(() => validateTransaction(fx.transfer(fx.keys.poor, 0), fx.chain, opts()), {
      code: 'INVALID_TRANSACTION',
      kind: 'Payment',
    });
    const unsignedTransfer = encodeExtrinsicEnvelope({
      signed: false,
      call: fx.runtime.callCodec.enc({
        pallet: 'Balances',
        name: 'transfer_keep_alive',
        args: { dest: { tag: 'Id', value: fx.keys.bob.accountId }, value: 1n },
      }),
    });
    assert.throws(() => validateTransaction(unsignedTransfer, fx.chain, opts()), {
      kind: 'NoUnsignedValidator',
    });
    const inherent = encodeTimestampInherent(5, fx.runtime.callCodec);
    assert.throws(() => validateTransaction(inherent, fx.chain, opts()), { kind: 'MandatoryValidation' });
    const big = fx.transfer(fx.keys.alice, 0);
    assert.throws(() => validateTransaction(big, fx.chain, { ...opts(), maxLength: 50 }), {
      kind: 'ExhaustsResources',
    });
    assert.throws(() => validateTransaction(Uint8Array.of(1, 2, 3), fx.chain, opts()), {
      code: 'BAD_FORMAT',
    });
  });

  it('an era born in the future or too long ago is refused', () => {
    const bytes = fx.transfer(fx.keys.alice, 0, { era: IMMORTAL_ERA });
    assert.equal(validateTransaction(bytes, fx.chain, opts()).death, Number.POSITIVE_INFINITY);
    const saved = fx.chain.bestNumber;
    const mortal = fx.transfer(fx.keys.alice, 0);
    fx.chain.bestNumber = saved + 100; // the era (64 blocks from block 10) has run out
    try {
      assert.throws(() => validateTransaction(mortal, fx.chain, opts()), { kind: 'BadProof' });
    } finally {
      fx.chain.bestNumber = saved;
    }
  });
});
