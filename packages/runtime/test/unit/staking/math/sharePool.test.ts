import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  injectIntoPool,
  SharePool,
  stakeOnPool,
  unstakeFromPool,
} from '../../../../src/staking/math/index.js';

const op = fc.oneof(
  fc.record({
    kind: fc.constant('stake' as const),
    key: fc.constantFrom('a', 'b', 'c'),
    amount: fc.bigInt({ min: 1n, max: 10n ** 15n }),
  }),
  fc.record({
    kind: fc.constant('unstake' as const),
    key: fc.constantFrom('a', 'b', 'c'),
    amount: fc.bigInt({ min: 1n, max: 10n ** 15n }),
  }),
  fc.record({
    kind: fc.constant('inject' as const),
    key: fc.constant(''),
    amount: fc.bigInt({ min: 0n, max: 10n ** 15n }),
  }),
);

describe('share pool', () => {
  it('the first staker owns everything it staked; a later staker does not capture earlier injections', () => {
    const pool = new SharePool('subtensor');
    stakeOnPool(pool, 'a', 1n);
    injectIntoPool(pool, 2_000_000_000n);
    stakeOnPool(pool, 'b', 500_000_000n);
    assert.equal(pool.getValue('a'), 2_000_000_001n);
    assert.ok(pool.getValue('b') >= 499_999_999n && pool.getValue('b') <= 500_000_000n);
  });

  it('unstaking more than held is a no-op; exact stakes unstake exactly', () => {
    const pool = new SharePool('subtensor');
    stakeOnPool(pool, 'a', 1_000_000n);
    assert.equal(unstakeFromPool(pool, 'a', 1_000_001n), false);
    assert.equal(unstakeFromPool(pool, 'a', 999_990n), true);
    assert.equal(pool.getValue('a'), 10n);
    assert.equal(unstakeFromPool(pool, 'zz', 1n), false);
  });

  it('the stakers together never own more than the pool value', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const pool = new SharePool('subtensor');
        for (const o of ops) {
          if (o.kind === 'stake') stakeOnPool(pool, o.key, o.amount);
          else if (o.kind === 'unstake') unstakeFromPool(pool, o.key, o.amount);
          else injectIntoPool(pool, o.amount);
          const total = ['a', 'b', 'c'].reduce((sum, key) => sum + pool.getValue(key), 0n);
          assert.ok(total <= pool.state().sharedValue, `${total} > ${pool.state().sharedValue}`);
        }
      }),
    );
  });

  it('subtensor storage drops zero shares, the mock keeps them', () => {
    for (const semantics of ['subtensor', 'mock'] as const) {
      const pool = new SharePool(semantics);
      pool.updateValueForOne('a', 100n);
      pool.updateValueForOne('b', 100n);
      pool.updateValueForOne('a', -100n);
      assert.equal(pool.hasShare('a'), semantics === 'mock');
    }
  });
});
