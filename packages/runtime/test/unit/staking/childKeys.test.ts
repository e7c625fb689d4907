import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I64F64, U64_MAX } from '@taonet/primitives';
import { root } from '../../../src/dispatch/origin.js';
import { applyPendingChildKeys } from '../../../src/staking/hooks.js';
import { ChildKeys, ParentKeys, TaoWeight } from '../../../src/staking/schema.js';
import { getStakeWeightsForHotkeyOnSubnet } from '../../../src/staking/stakeWeights.js';
import {
  ChildkeyTake,
  MaxChildkeyTake,
  MinChildkeyTake,
  MinChildkeyTakePerSubnet,
  PendingChildKeyCooldown,
  PendingChildKeys,
  TxChildkeyTakeRateLimit,
} from '../../../src/staking/stakingCallsStorage.js';
import { StakeThreshold } from '../../../src/subnets/hyperparameters.js';
import { LastEpochBlock, SubtokenEnabled } from '../../../src/subnets/schema.js';
import {
  coldkey,
  createStakingChain,
  expectFailure,
  expectSuccess,
  hotkey,
  ROOT,
  type StakingChain,
  subnet,
  TAO,
} from './stakingChain.js';

type Netuid = ReturnType<typeof subnet>;
const OWNER = coldkey(1);
const OWNER_HOT = hotkey(1);
const PARENT = hotkey(5);
const [C1, C2, C3] = [hotkey(11), hotkey(12), hotkey(13)];
const HALF = U64_MAX / 2n;

function setup(): { chain: StakingChain; netuid: Netuid } {
  const chain = createStakingChain();
  chain.endow(OWNER, 10_000n * TAO);
  const netuid = chain.openSubnet(OWNER, OWNER_HOT);
  expectSuccess(chain, OWNER, 'try_associate_hotkey', { hotkey: PARENT });
  return { chain, netuid };
}

/** Pretend the subnet's epoch ran in the current block, then run block step 7. */
function runEpochStep(chain: StakingChain, netuid: Netuid): void {
  LastEpochBlock.set(chain.state, [netuid], BigInt(chain.block));
  applyPendingChildKeys(chain.ctx());
}

describe('set_children [67]', () => {
  it('schedules the children and applies them at the first epoch after the cooldown', () => {
    const { chain, netuid } = setup();
    const children = [
      [HALF, C2],
      [HALF / 2n, C1],
    ];
    expectSuccess(chain, OWNER, 'set_children', { hotkey: PARENT, netuid, children });
    const cooldownBlock = BigInt(chain.block) + PendingChildKeyCooldown.get(chain.state);
    assert.deepEqual(PendingChildKeys.get(chain.state, [netuid, PARENT]), [children, cooldownBlock]);
    assert.deepEqual(chain.eventsNamed('SetChildrenScheduled')[0]?.data, {
      hotkey: PARENT,
      netuid,
      cooldownBlock,
      children,
    });
    chain.nextBlock(Number(cooldownBlock) - chain.block);
    runEpochStep(chain, netuid);
    assert.equal(ChildKeys.get(chain.state, [PARENT, netuid]).length, 0, 'not before the cooldown passed');
    chain.nextBlock(1);
    runEpochStep(chain, netuid);
    assert.deepEqual(ChildKeys.get(chain.state, [PARENT, netuid]), [
      [HALF / 2n, C1],
      [HALF, C2],
    ]);
    assert.deepEqual(ParentKeys.get(chain.state, [C1, netuid]), [[HALF / 2n, PARENT]]);
    assert.deepEqual(ParentKeys.get(chain.state, [C2, netuid]), [[HALF, PARENT]]);
    assert.equal(PendingChildKeys.contains(chain.state, [netuid, PARENT]), false);
    assert.equal(chain.eventsNamed('SetChildren').length, 1);
  });

  it('applies at once on a subnet that has not started, and an empty list removes the children', () => {
    const { chain, netuid } = setup();
    SubtokenEnabled.set(chain.state, [netuid], false);
    expectSuccess(chain, OWNER, 'set_children', { hotkey: PARENT, netuid, children: [[HALF, C1]] });
    assert.deepEqual(ChildKeys.get(chain.state, [PARENT, netuid]), [[HALF, C1]]);
    chain.nextBlock(150);
    expectSuccess(chain, OWNER, 'set_children', { hotkey: PARENT, netuid, children: [] });
    assert.equal(ChildKeys.contains(chain.state, [PARENT, netuid]), false);
    assert.equal(ParentKeys.contains(chain.state, [C1, netuid]), false);
  });

  it('fails with subtensor errors and changes nothing', () => {
    const { chain, netuid } = setup();
    const args = (children: [bigint, string][], over: object = {}) => ({
      hotkey: PARENT,
      netuid,
      children,
      ...over,
    });
    const fail = (a: object, who = OWNER) => expectFailure(chain, who, 'set_children', a);
    assert.equal(fail(args([[HALF, C1]], { netuid: ROOT })), 'RegistrationNotPermittedOnRootSubnet');
    assert.equal(fail(args([[HALF, C1]], { netuid: subnet(9) })), 'SubNetworkDoesNotExist');
    assert.equal(fail(args([[HALF, C1]]), coldkey(2)), 'NonAssociatedColdKey');
    assert.equal(
      fail(
        args([
          [1n, C1],
          [2n, C1],
        ]),
      ),
      'DuplicateChild',
    );
    assert.equal(fail(args([[1n, PARENT]])), 'InvalidChild');
    const six = [1, 2, 3, 4, 5, 6].map((i): [bigint, string] => [1n, hotkey(20 + i)]);
    assert.equal(fail(args(six)), 'TooManyChildren');
    assert.equal(
      fail(
        args([
          [U64_MAX, C1],
          [1n, C2],
        ]),
      ),
      'ProportionOverflow',
    );
    ParentKeys.set(chain.state, [PARENT, netuid], [[HALF, C3]]);
    assert.equal(fail(args([[HALF, C3]])), 'ChildParentInconsistency');
    ParentKeys.remove(chain.state, [PARENT, netuid]);
    StakeThreshold.set(chain.state, TAO);
    assert.equal(fail(args([[HALF, C1]])), 'NotEnoughStakeToSetChildkeys');
    expectSuccess(chain, OWNER, 'set_children', args([[HALF, C1]], { hotkey: OWNER_HOT }));
    StakeThreshold.set(chain.state, 0n);
    expectSuccess(chain, OWNER, 'set_children', args([[HALF, C1]]));
    assert.equal(fail(args([[HALF, C2]])), 'TxRateLimitExceeded');
  });
});

describe('stake weight for Yuma with root stake and child keys', () => {
  it('is alpha + TAO weight x root stake, inherited through a 100% child', () => {
    const { chain, netuid } = setup();
    const staker = coldkey(2);
    chain.endow(staker, 1_000n * TAO);
    expectSuccess(chain, staker, 'add_stake', { hotkey: PARENT, netuid, amount_staked: 100n * TAO });
    expectSuccess(chain, staker, 'add_stake', { hotkey: PARENT, netuid: ROOT, amount_staked: 40n * TAO });
    TaoWeight.set(chain.state, U64_MAX);
    const alpha = chain.stake(PARENT, staker, netuid);
    const before = getStakeWeightsForHotkeyOnSubnet(chain.state, PARENT, netuid);
    assert.equal(before.alpha, alpha);
    assert.equal(before.tao, 40n * TAO);
    assert.equal(before.total, I64F64.fromInt(alpha + 40n * TAO));
    SubtokenEnabled.set(chain.state, [netuid], false);
    expectSuccess(chain, OWNER, 'set_children', { hotkey: PARENT, netuid, children: [[U64_MAX, C1]] });
    const parent = getStakeWeightsForHotkeyOnSubnet(chain.state, PARENT, netuid);
    const child = getStakeWeightsForHotkeyOnSubnet(chain.state, C1, netuid);
    assert.equal(parent.total, I64F64.ZERO);
    assert.equal(child.total, before.total);
    TaoWeight.set(chain.state, 0n);
    assert.equal(getStakeWeightsForHotkeyOnSubnet(chain.state, C1, netuid).total, I64F64.fromInt(alpha));
  });
});

describe('set_childkey_take [75] and the root childkey parameters', () => {
  it('sets the take within bounds; increases are rate limited, decreases are not', () => {
    const { chain, netuid } = setup();
    const args = (take: number) => ({ hotkey: PARENT, netuid, take });
    expectSuccess(chain, OWNER, 'set_childkey_take', args(1_000));
    assert.equal(ChildkeyTake.get(chain.state, [PARENT, netuid]), 1_000);
    assert.deepEqual(chain.eventsNamed('ChildKeyTakeSet')[0]?.data, { hotkey: PARENT, take: 1_000 });
    assert.equal(
      expectFailure(chain, OWNER, 'set_childkey_take', args(2_000)),
      'TxChildkeyTakeRateLimitExceeded',
    );
    expectSuccess(chain, OWNER, 'set_childkey_take', args(500));
    assert.equal(expectFailure(chain, OWNER, 'set_childkey_take', args(11_797)), 'InvalidChildkeyTake');
    MinChildkeyTakePerSubnet.set(chain.state, [netuid], 600);
    assert.equal(expectFailure(chain, OWNER, 'set_childkey_take', args(500)), 'InvalidChildkeyTake');
    assert.equal(expectFailure(chain, coldkey(2), 'set_childkey_take', args(700)), 'NonAssociatedColdKey');
    chain.nextBlock(Number(TxChildkeyTakeRateLimit.get(chain.state)));
    expectSuccess(chain, OWNER, 'set_childkey_take', args(2_000));
  });

  it('root sets the bounds, the rate limit and the cooldown; signed origins cannot', () => {
    const chain = createStakingChain();
    const calls: [string, object][] = [
      ['sudo_set_tx_childkey_take_rate_limit', { tx_rate_limit: 10n }],
      ['sudo_set_min_childkey_take', { take: 100 }],
      ['sudo_set_max_childkey_take', { take: 9_000 }],
      ['set_pending_childkey_cooldown', { cooldown: 5n }],
    ];
    for (const [name, args] of calls) {
      assert.equal(expectFailure(chain, OWNER, name, args), 'BadOrigin');
      expectSuccess(chain, root, name, args);
    }
    assert.equal(TxChildkeyTakeRateLimit.get(chain.state), 10n);
    assert.equal(MinChildkeyTake.get(chain.state), 100);
    assert.equal(MaxChildkeyTake.get(chain.state), 9_000);
    assert.equal(PendingChildKeyCooldown.get(chain.state), 5n);
  });
});
