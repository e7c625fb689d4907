import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Hash } from '@taonet/primitives';
import { computeExtrinsicHash, IMMORTAL_ERA } from '@taonet/rpc';
import {
  getAccountNonce,
  type TransactionStatus,
  TxPool,
  type TxPoolOpts,
  validateTransaction,
} from '../../../src/index.js';
import { createPoolChain, type PoolChain } from '../../fixtures/poolChain.js';

let fx: PoolChain;
let statuses: [Hash, TransactionStatus][];

function createPool(opts: TxPoolOpts = {}): TxPool {
  const pool = new TxPool(opts, {
    validate: (bytes) =>
      validateTransaction(bytes, fx.chain, { calls: fx.runtime.executive, maxLength: 1 << 20 }),
    bestNumber: () => fx.chain.bestNumber,
    accountNonce: (who) => getAccountNonce(fx.chain.bestState, who),
  });
  statuses = [];
  pool.onStatus((hash, status) => statuses.push([hash, status]));
  return pool;
}

const statusOf = (bytes: Uint8Array) =>
  statuses.filter(([hash]) => hash === computeExtrinsicHash(bytes)).map(([, status]) => status);

beforeEach(async () => {
  fx = await createPoolChain();
});

describe('TxPool', () => {
  it('holds future nonces back until the gap fills', () => {
    const pool = createPool();
    const [a0, a1, a2] = [0, 1, 2].map((n) => fx.transfer(fx.keys.alice, n));
    assert.equal(pool.submit(a0!).status, 'ready');
    assert.equal(pool.submit(a2!).status, 'future');
    assert.equal(pool.readyCount, 1);
    assert.equal(pool.futureCount, 1);
    assert.equal(pool.nextNonce(fx.keys.alice.accountId), 1);
    assert.equal(pool.submit(a1!).status, 'ready');
    assert.deepEqual(statusOf(a2!), ['future', 'ready']);
    assert.equal(pool.readyCount, 3);
    assert.equal(pool.nextNonce(fx.keys.alice.accountId), 3);
    assert.deepEqual(
      [...pool.readyInOrder()].map((tx) => tx.nonce),
      [0, 1, 2],
    );
  });

  it('orders by priority (tip) while keeping each signer nonce order', () => {
    const pool = createPool();
    pool.submit(fx.transfer(fx.keys.alice, 0, { tip: 1n }));
    pool.submit(fx.transfer(fx.keys.alice, 1, { tip: 100n }));
    pool.submit(fx.transfer(fx.keys.bob, 0, { tip: 10n }));
    pool.submit(fx.transfer(fx.keys.charlie, 0, { tip: 10n }));
    const order = [...pool.readyInOrder()].map((tx) => [tx.sender, tx.nonce]);
    assert.deepEqual(order, [
      [fx.keys.bob.accountId, 0],
      [fx.keys.charlie.accountId, 0],
      [fx.keys.alice.accountId, 0],
      [fx.keys.alice.accountId, 1],
    ]);
    assert.equal(pool.pending().length, 4);
  });

  it('replaces a transaction only by a higher tip; refuses duplicates', () => {
    const pool = createPool();
    const low = fx.transfer(fx.keys.alice, 0, { tip: 5n });
    pool.submit(low);
    assert.throws(() => pool.submit(low), { code: 'ALREADY_IMPORTED' });
    assert.throws(() => pool.submit(fx.transfer(fx.keys.alice, 0, { tip: 5n, value: 2n * 10n ** 9n })), {
      code: 'TOO_LOW_PRIORITY',
    });
    const high = fx.transfer(fx.keys.alice, 0, { tip: 6n });
    const { hash } = pool.submit(high);
    assert.deepEqual(statusOf(low), ['ready', { usurped: hash }]);
    assert.equal(pool.size, 1);
    assert.equal(pool.readyCount, 1);
    assert.ok(pool.has(hash));
  });

  it('enforces total and per-signer limits, evicting the lowest priority', () => {
    const pool = createPool({ maxReady: 2, maxPerAccount: 2 });
    const b = fx.transfer(fx.keys.bob, 0, { tip: 1n });
    pool.submit(fx.transfer(fx.keys.alice, 0, { tip: 5n }));
    pool.submit(b);
    assert.throws(() => pool.submit(fx.transfer(fx.keys.charlie, 0, { tip: 0n })), {
      code: 'IMMEDIATELY_DROPPED',
    });
    pool.submit(fx.transfer(fx.keys.charlie, 0, { tip: 9n }));
    assert.deepEqual(statusOf(b), ['ready', 'dropped']);
    assert.equal(pool.size, 2);
    pool.submit(fx.transfer(fx.keys.alice, 1, { tip: 50n }));
    assert.throws(() => pool.submit(fx.transfer(fx.keys.alice, 2, { tip: 50n })), {
      code: 'IMMEDIATELY_DROPPED',
    });
  });

  it('after a block: included ones leave, stale and expired ones are invalid, replays are refused', () => {
    const pool = createPool();
    const a0 = fx.transfer(fx.keys.alice, 0);
    const a0bis = fx.transfer(fx.keys.alice, 0, { tip: 1n, era: IMMORTAL_ERA });
    const b0 = fx.transfer(fx.keys.bob, 0);
    const c5 = fx.transfer(fx.keys.charlie, 5);
    pool.submit(a0bis);
    pool.submit(b0);
    pool.submit(c5);
    fx.applyBlock([a0, b0]);
    pool.maintain([computeExtrinsicHash(b0)]);
    assert.deepEqual(statusOf(a0bis), ['ready', 'invalid']);
    assert.deepEqual(statusOf(b0), ['ready']);
    assert.equal(pool.size, 1);
    assert.throws(() => pool.submit(a0), { code: 'INVALID_TRANSACTION', kind: 'Stale' });
    assert.throws(() => pool.submit(b0), { kind: 'Stale' });
    fx.chain.bestNumber += 70; // c5's era (64 blocks) ends
    pool.maintain([]);
    assert.deepEqual(statusOf(c5), ['future', 'invalid']);
    assert.equal(pool.size, 0);
  });

  it('drops future transactions after their time to live', () => {
    const pool = createPool({ futureTtlBlocks: 3 });
    const c5 = fx.transfer(fx.keys.charlie, 5, { era: IMMORTAL_ERA });
    pool.submit(c5);
    fx.chain.bestNumber += 5;
    pool.maintain([]);
    assert.deepEqual(statusOf(c5), ['future', 'dropped']);
  });
});
