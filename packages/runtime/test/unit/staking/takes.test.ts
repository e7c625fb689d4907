import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OwnedHotkeys, Owner } from '../../../src/neurons/schema.js';
import { Delegates, StakingHotkeys } from '../../../src/staking/schema.js';
import { MinDelegateTake, TxDelegateTakeRateLimit } from '../../../src/staking/stakingCallsStorage.js';
import {
  account,
  coldkey,
  createStakingChain,
  expectFailure,
  expectSuccess,
  hotkey,
  type StakingChain,
  TAO,
} from './stakingChain.js';

const OWNER = coldkey(1);
const HOT = hotkey(1);

function setup(): StakingChain {
  const chain = createStakingChain();
  chain.endow(OWNER, 10n * TAO);
  expectSuccess(chain, OWNER, 'try_associate_hotkey', { hotkey: HOT });
  return chain;
}

describe('try_associate_hotkey [91]', () => {
  it('claims an unowned hotkey and leaves an owned one alone', () => {
    const chain = setup();
    assert.equal(Owner.get(chain.state, [HOT]), OWNER);
    assert.deepEqual(OwnedHotkeys.get(chain.state, [OWNER]), [HOT]);
    assert.deepEqual(StakingHotkeys.get(chain.state, [OWNER]), [HOT]);
    expectSuccess(chain, coldkey(2), 'try_associate_hotkey', { hotkey: HOT });
    assert.equal(Owner.get(chain.state, [HOT]), OWNER);
  });
});

describe('decrease_take [65] and increase_take [66]', () => {
  it('decreases strictly, not below MinDelegateTake, and pays no fee', () => {
    const chain = setup();
    expectSuccess(chain, OWNER, 'decrease_take', { hotkey: HOT, take: 5_000 });
    assert.equal(Delegates.get(chain.state, [HOT]), 5_000);
    assert.deepEqual(chain.eventsNamed('TakeDecreased')[0]?.data, {
      coldkey: OWNER,
      hotkey: HOT,
      take: 5_000,
    });
    assert.equal(chain.executive.findCall('SubtensorModule', 'decrease_take')?.pays, false);
    assert.equal(
      expectFailure(chain, OWNER, 'decrease_take', { hotkey: HOT, take: 5_000 }),
      'DelegateTakeTooLow',
    );
    MinDelegateTake.set(chain.state, 1_000);
    assert.equal(
      expectFailure(chain, OWNER, 'decrease_take', { hotkey: HOT, take: 999 }),
      'DelegateTakeTooLow',
    );
    assert.equal(
      expectFailure(chain, coldkey(2), 'decrease_take', { hotkey: HOT, take: 1 }),
      'NonAssociatedColdKey',
    );
    assert.equal(
      expectFailure(chain, OWNER, 'decrease_take', { hotkey: account(0xdead), take: 1 }),
      'HotKeyAccountNotExists',
    );
  });

  it('increases strictly, up to 18%, once per TxDelegateTakeRateLimit since the last change', () => {
    const chain = setup();
    expectSuccess(chain, OWNER, 'decrease_take', { hotkey: HOT, take: 1_000 });
    assert.equal(
      expectFailure(chain, OWNER, 'increase_take', { hotkey: HOT, take: 1_000 }),
      'DelegateTakeTooLow',
    );
    assert.equal(
      expectFailure(chain, OWNER, 'increase_take', { hotkey: HOT, take: 11_797 }),
      'DelegateTakeTooHigh',
    );
    assert.equal(
      expectFailure(chain, OWNER, 'increase_take', { hotkey: HOT, take: 2_000 }),
      'DelegateTxRateLimitExceeded',
    );
    chain.nextBlock(Number(TxDelegateTakeRateLimit.get(chain.state)) + 1);
    expectSuccess(chain, OWNER, 'increase_take', { hotkey: HOT, take: 11_796 });
    assert.equal(Delegates.get(chain.state, [HOT]), 11_796);
    assert.equal(chain.eventsNamed('TakeIncreased').length, 1);
  });

  it('a hotkey that never set a take may set any take up to the maximum with increase_take', () => {
    const chain = setup();
    expectSuccess(chain, OWNER, 'increase_take', { hotkey: HOT, take: 11_000 });
    assert.equal(Delegates.get(chain.state, [HOT]), 11_000);
  });
});
