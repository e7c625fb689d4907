import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import fc from 'fast-check';
import { SharePool } from '../../../src/staking/math/sharePool.js';
import {
  AlphaV2,
  StakingHotkeys,
  TotalHotkeyAlpha,
  TotalHotkeySharesV2,
} from '../../../src/staking/schema.js';
import {
  canIncreaseStake,
  decreaseStake,
  getHotkeyStake,
  getHotkeysWithPool,
  getPoolStakers,
  getStake,
  increaseStake,
  updateValueForAll,
} from '../../../src/staking/stakeAccounting.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { account } from '../subnets/subnetChain.js';

const NETUID = netUid(3);
const HOT = account(0x10);
const COLD_A = account(0x20);
const COLD_B = account(0x21);
const position = (coldkey = COLD_A, hotkey = HOT) => ({ hotkey, coldkey, netuid: NETUID });
const fresh = () => new OverlayState(new MemoryBackend());

describe('stake accounting over state', () => {
  it('credits stake as shares and reads it back, listing the staking hotkey', () => {
    const state = fresh();
    assert.equal(increaseStake(state, position(), 1_000n), 1_000n);
    assert.equal(increaseStake(state, position(COLD_B), 3_000n), 3_000n);
    assert.equal(getStake(state, position()), 1_000n);
    assert.equal(getHotkeyStake(state, HOT, NETUID), 4_000n);
    assert.deepEqual(StakingHotkeys.get(state, [COLD_A]), [HOT]);
    assert.deepEqual(getHotkeysWithPool(state, NETUID), [HOT]);
    assert.deepEqual(
      getPoolStakers(state, HOT, NETUID)
        .map((s) => s.coldkey)
        .sort(),
      [COLD_A, COLD_B].sort(),
    );
  });

  it('spreads update_value_for_all pro rata', () => {
    const state = fresh();
    increaseStake(state, position(), 1_000n);
    increaseStake(state, position(COLD_B), 3_000n);
    updateValueForAll(state, HOT, NETUID, 400n);
    assert.equal(getStake(state, position()), 1_100n);
    assert.equal(getStake(state, position(COLD_B)), 3_300n);
    updateValueForAll(state, HOT, NETUID, -4_400n);
    assert.equal(getStake(state, position()), 0n);
    assert.equal(TotalHotkeyAlpha.contains(state, [HOT, NETUID]), false, 'a zero pool value is removed');
  });

  it('ignores a decrease larger than the position, and removes a position drained to zero', () => {
    const state = fresh();
    increaseStake(state, position(), 1_000n);
    increaseStake(state, position(COLD_B), 1_000n);
    assert.equal(decreaseStake(state, position(), 1_001n), 0n);
    assert.equal(getStake(state, position()), 1_000n);
    assert.equal(decreaseStake(state, position(), 400n), 400n);
    assert.equal(getStake(state, position()), 600n);
    assert.equal(decreaseStake(state, position(), 600n), 600n);
    assert.equal(AlphaV2.contains(state, [HOT, COLD_A, NETUID]), false);
    assert.equal(decreaseStake(state, position(account(0x99)), 1n), 0n);
    assert.equal(canIncreaseStake(state, position(), 1n), true);
  });

  it('matches the in-memory SharePool step for step (fast-check)', () => {
    const ops = fc.array(
      fc.record({
        who: fc.constantFrom(COLD_A, COLD_B),
        kind: fc.constantFrom('stake', 'unstake', 'emit'),
        amount: fc.bigInt({ min: 1n, max: 10n ** 15n }),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(ops, (steps) => {
        const state = fresh();
        const pool = new SharePool('subtensor');
        for (const { who, kind, amount } of steps) {
          if (kind === 'stake') {
            increaseStake(state, position(who), amount);
            pool.updateValueForOne(who, amount);
          } else if (kind === 'emit') {
            updateValueForAll(state, HOT, NETUID, amount);
            pool.updateValueForAll(amount);
          } else if (pool.hasShare(who) && pool.getValue(who) >= amount) {
            decreaseStake(state, position(who), amount);
            pool.updateValueForOne(who, -amount);
          } else {
            assert.equal(decreaseStake(state, position(who), amount), 0n);
          }
          for (const coldkey of [COLD_A, COLD_B]) {
            assert.equal(getStake(state, position(coldkey)), pool.getValue(coldkey));
          }
          assert.deepEqual(TotalHotkeySharesV2.get(state, [HOT, NETUID]), pool.state().denominator);
        }
      }),
      { numRuns: 60 },
    );
  });
});
