import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CurrencyIssuance } from '../../../src/balances/schema.js';
import { IsNetworkMember, Keys, OwnedHotkeys, Owner, Uids } from '../../../src/neurons/schema.js';
import { Axons } from '../../../src/serving/schema.js';
import {
  ChildKeys,
  Delegates,
  ParentKeys,
  StakingHotkeys,
  TotalHotkeyAlpha,
} from '../../../src/staking/schema.js';
import { SubnetOwnerHotkey } from '../../../src/subnets/schema.js';
import {
  checkSharePools,
  coldkey,
  createStakingChain,
  expectFailure,
  expectSuccess,
  hotkey,
  ROOT,
  type StakingChain,
  subnet,
  TAO,
} from '../staking/stakingChain.js';

type Netuid = ReturnType<typeof subnet>;
const OWNER = coldkey(1);
const OLD = hotkey(1);
const NEW = hotkey(2);
const STAKER = coldkey(2);
const OTHER = coldkey(3);

interface Setup {
  chain: StakingChain;
  a: Netuid;
  b: Netuid;
}

function setup(): Setup {
  const chain = createStakingChain();
  chain.endow(OWNER, 10_000n * TAO);
  chain.endow(OTHER, 10_000n * TAO);
  chain.endow(STAKER, 1_000n * TAO);
  const a = chain.openSubnet(OWNER, OLD);
  const b = chain.openSubnet(OTHER, hotkey(3));
  expectSuccess(chain, OWNER, 'burned_register', { netuid: b, hotkey: OLD });
  for (const netuid of [a, b, ROOT]) {
    expectSuccess(chain, STAKER, 'add_stake', { hotkey: OLD, netuid, amount_staked: 50n * TAO });
  }
  expectSuccess(chain, OWNER, 'decrease_take', { hotkey: OLD, take: 1_000 });
  chain.nextBlock(2_000);
  return { chain, a, b };
}

const swapArgs = (over: object = {}) => ({
  hotkey: OLD,
  new_hotkey: NEW,
  netuid: undefined,
  keep_stake: false,
  ...over,
});

describe('swap_hotkey_v2 [72] on all subnets', () => {
  it('moves ownership, uids, stake, delegate take and subnet ownership, recycling 0.1 TAO', () => {
    const { chain, a, b } = setup();
    const stakes = [a, b, ROOT].map((n) => chain.stake(OLD, STAKER, n));
    const issuance = CurrencyIssuance.get(chain.state);
    const free = chain.free(OWNER);
    const uid = Uids.get(chain.state, [b, OLD]);
    Axons.set(chain.state, [b, OLD], {
      block: 1n,
      version: 1,
      ip: 1n,
      port: 1,
      ip_type: 4,
      protocol: 0,
      placeholder1: 0,
      placeholder2: 0,
    });
    expectSuccess(chain, OWNER, 'swap_hotkey_v2', swapArgs());
    assert.equal(chain.free(OWNER), free - TAO / 10n);
    assert.equal(CurrencyIssuance.get(chain.state), issuance - TAO / 10n);
    assert.equal(Owner.getOption(chain.state, [OLD]), undefined);
    assert.equal(Owner.get(chain.state, [NEW]), OWNER);
    assert.deepEqual(OwnedHotkeys.get(chain.state, [OWNER]), [NEW]);
    assert.equal(Uids.get(chain.state, [b, NEW]), uid);
    assert.equal(Keys.get(chain.state, [b, uid]), NEW);
    assert.equal(IsNetworkMember.get(chain.state, [OLD, b]), false);
    assert.equal(IsNetworkMember.get(chain.state, [NEW, a]), true);
    assert.equal(Axons.contains(chain.state, [b, NEW]), true);
    assert.equal(SubnetOwnerHotkey.get(chain.state, [a]), NEW);
    assert.deepEqual(
      [a, b, ROOT].map((n) => chain.stake(NEW, STAKER, n)),
      stakes,
    );
    assert.equal(TotalHotkeyAlpha.get(chain.state, [OLD, a]), 0n);
    assert.deepEqual(StakingHotkeys.get(chain.state, [STAKER]), [NEW]);
    assert.equal(Delegates.get(chain.state, [NEW]), 1_000);
    assert.equal(Delegates.contains(chain.state, [OLD]), false);
    assert.deepEqual(chain.eventsNamed('HotkeySwapped')[0]?.data, {
      coldkey: OWNER,
      oldHotkey: OLD,
      newHotkey: NEW,
    });
  });

  it('with keep_stake leaves the stake (and the ownership) on the old hotkey', () => {
    const { chain, a } = setup();
    const stake = chain.stake(OLD, STAKER, a);
    expectSuccess(chain, OWNER, 'swap_hotkey_v2', swapArgs({ keep_stake: true }));
    assert.equal(chain.stake(OLD, STAKER, a), stake);
    assert.equal(chain.stake(NEW, STAKER, a), 0n);
    assert.equal(Owner.get(chain.state, [OLD]), OWNER);
    assert.equal(Uids.get(chain.state, [a, NEW]), 0);
  });

  it('moves child and parent relations', () => {
    const { chain, a } = setup();
    const child = hotkey(9);
    const parent = hotkey(8);
    ChildKeys.set(chain.state, [OLD, a], [[5n, child]]);
    ParentKeys.set(chain.state, [child, a], [[5n, OLD]]);
    ChildKeys.set(chain.state, [parent, a], [[7n, OLD]]);
    ParentKeys.set(chain.state, [OLD, a], [[7n, parent]]);
    expectSuccess(chain, OWNER, 'swap_hotkey_v2', swapArgs());
    assert.deepEqual(ChildKeys.get(chain.state, [NEW, a]), [[5n, child]]);
    assert.deepEqual(ParentKeys.get(chain.state, [child, a]), [[5n, NEW]]);
    assert.deepEqual(ChildKeys.get(chain.state, [parent, a]), [[7n, NEW]]);
    assert.deepEqual(ParentKeys.get(chain.state, [NEW, a]), [[7n, parent]]);
    assert.equal(ChildKeys.contains(chain.state, [OLD, a]), false);
  });

  it('keeps every value when the new hotkey already has a pool there', () => {
    const { chain, a } = setup();
    expectSuccess(chain, OWNER, 'try_associate_hotkey', { hotkey: NEW });
    chain.endow(OTHER, 0n);
    expectSuccess(chain, OTHER, 'add_stake', { hotkey: NEW, netuid: a, amount_staked: 30n * TAO });
    const mine = chain.stake(OLD, STAKER, a);
    const theirs = chain.stake(NEW, OTHER, a);
    const total = TotalHotkeyAlpha.get(chain.state, [OLD, a]) + TotalHotkeyAlpha.get(chain.state, [NEW, a]);
    expectSuccess(chain, OWNER, 'swap_hotkey_v2', swapArgs({ netuid: a }));
    assert.equal(TotalHotkeyAlpha.get(chain.state, [NEW, a]), total);
    assert.ok(mine - chain.stake(NEW, STAKER, a) <= 1n);
    assert.ok(chain.stake(NEW, OTHER, a) >= theirs);
    checkSharePools(chain);
  });
});

describe('swap_hotkey_v2 on one subnet and swap_hotkey [70]', () => {
  it('moves only that subnet for 0.001 TAO; the old hotkey keeps its other subnets', () => {
    const { chain, a, b } = setup();
    const free = chain.free(OWNER);
    const stakeB = chain.stake(OLD, STAKER, b);
    expectSuccess(chain, OWNER, 'swap_hotkey', { hotkey: OLD, new_hotkey: NEW, netuid: a });
    assert.equal(chain.free(OWNER), free - TAO / 1_000n);
    assert.equal(Owner.get(chain.state, [OLD]), OWNER);
    assert.equal(Owner.get(chain.state, [NEW]), OWNER);
    assert.deepEqual(OwnedHotkeys.get(chain.state, [OWNER]), [OLD, NEW]);
    assert.equal(Uids.get(chain.state, [a, NEW]), 0);
    assert.equal(IsNetworkMember.get(chain.state, [OLD, b]), true);
    assert.equal(chain.stake(OLD, STAKER, b), stakeB);
    assert.ok(chain.stake(NEW, STAKER, a) > 0n);
    assert.deepEqual(StakingHotkeys.get(chain.state, [STAKER]), [OLD, NEW]);
    assert.equal(chain.eventsNamed('HotkeySwappedOnSubnet')[0]?.data.netuid, a);
  });
});

describe('hotkey swap errors', () => {
  it('fails with subtensor errors and changes nothing', () => {
    const { chain, a, b } = setup();
    const fail = (args: object, who = OWNER) => expectFailure(chain, who, 'swap_hotkey_v2', swapArgs(args));
    assert.equal(fail({ netuid: subnet(9) }), 'SubNetworkDoesNotExist');
    assert.equal(fail({}, OTHER), 'NonAssociatedColdKey');
    assert.equal(fail({ new_hotkey: hotkey(3) }), 'NonAssociatedColdKey');
    assert.equal(fail({ new_hotkey: OLD }), 'NewHotKeyIsSameWithOld');
    expectSuccess(chain, OWNER, 'try_associate_hotkey', { hotkey: NEW });
    expectSuccess(chain, OWNER, 'burned_register', { netuid: b, hotkey: NEW });
    assert.equal(fail({}), 'HotKeyAlreadyRegisteredInSubNet');
    assert.equal(fail({ netuid: b }), 'HotKeyAlreadyRegisteredInSubNet');
    const fresh = hotkey(4);
    chain.endow(OWNER, 0n);
    expectSuccess(chain, OWNER, 'try_associate_hotkey', { hotkey: fresh });
    expectSuccess(chain, OWNER, 'add_stake', { hotkey: fresh, netuid: ROOT, amount_staked: TAO });
    assert.equal(fail({ new_hotkey: fresh }), 'NewHotKeyNotCleanForRootSwap');
    assert.equal(fail({ new_hotkey: fresh, netuid: ROOT }), 'NewHotKeyNotCleanForRootSwap');
    expectSuccess(chain, OWNER, 'swap_hotkey_v2', swapArgs({ new_hotkey: fresh, netuid: a }));
    chain.nextBlock(1);
    assert.equal(fail({ new_hotkey: hotkey(6), netuid: b }), 'HotKeySetTxRateLimitExceeded');
    chain.nextBlock(1_000);
    assert.equal(
      fail({ hotkey: fresh, new_hotkey: hotkey(6), netuid: a }),
      'HotKeySwapOnSubnetIntervalNotPassed',
    );
    const poor = coldkey(7);
    chain.endow(poor, 1_000_000n);
    expectSuccess(chain, poor, 'try_associate_hotkey', { hotkey: hotkey(70) });
    assert.equal(
      expectFailure(chain, poor, 'swap_hotkey_v2', swapArgs({ hotkey: hotkey(70), new_hotkey: hotkey(71) })),
      'NotEnoughBalanceToPaySwapHotKey',
    );
  });
});
