import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CurrencyIssuance } from '../../../src/balances/schema.js';
import { isDispatchError } from '../../../src/dispatch/dispatchError.js';
import { root, signed } from '../../../src/dispatch/origin.js';
import { hashColdkey } from '../../../src/keySwaps/calls/swapColdkeyAnnounced.js';
import { checkColdkeySwap } from '../../../src/keySwaps/checkColdkeySwap.js';
import { ColdkeySwapAnnouncements, ColdkeySwapDisputes } from '../../../src/keySwaps/schema.js';
import { OwnedHotkeys, Owner } from '../../../src/neurons/schema.js';
import { StakingHotkeys } from '../../../src/staking/schema.js';
import { SubnetOwner } from '../../../src/subnets/schema.js';
import { Account } from '../../../src/system/schema.js';
import {
  coldkey,
  createStakingChain,
  expectFailure,
  expectSuccess,
  hotkey,
  ROOT,
  type StakingChain,
  type subnet,
  TAO,
} from '../staking/stakingChain.js';

type Netuid = ReturnType<typeof subnet>;
const OLD = coldkey(1);
const NEW = coldkey(9);
const HOT = hotkey(1);
const STAKER = coldkey(2);

function setup(): { chain: StakingChain; netuid: Netuid } {
  const chain = createStakingChain();
  chain.endow(OLD, 10_000n * TAO);
  chain.endow(STAKER, 1_000n * TAO);
  const netuid = chain.openSubnet(OLD, HOT);
  expectSuccess(chain, OLD, 'add_stake', { hotkey: HOT, netuid, amount_staked: 100n * TAO });
  expectSuccess(chain, OLD, 'add_stake', { hotkey: HOT, netuid: ROOT, amount_staked: 10n * TAO });
  expectSuccess(chain, STAKER, 'add_stake', { hotkey: HOT, netuid, amount_staked: 10n * TAO });
  return { chain, netuid };
}

function announce(chain: StakingChain, who = OLD, to = NEW): void {
  expectSuccess(chain, who, 'announce_coldkey_swap', { new_coldkey_hash: hashColdkey(to) });
}

const guard = (chain: StakingChain, who: string, name: string): string => {
  try {
    checkColdkeySwap(chain.state, signed(who as never), { pallet: 'SubtensorModule', name, args: {} });
    return 'ok';
  } catch (error) {
    if (isDispatchError(error)) return error.error;
    throw error;
  }
};

describe('announce_coldkey_swap [125] and swap_coldkey_announced [126]', () => {
  it('the first announcement recycles 0.1 TAO; a re-announcement is free after the delay', () => {
    const { chain } = setup();
    const free = chain.free(OLD);
    const issuance = CurrencyIssuance.get(chain.state);
    announce(chain);
    assert.equal(chain.free(OLD), free - TAO / 10n);
    assert.equal(CurrencyIssuance.get(chain.state), issuance - TAO / 10n);
    const when = chain.block + 36_000;
    assert.deepEqual(ColdkeySwapAnnouncements.get(chain.state, [OLD]), [when, hashColdkey(NEW)]);
    assert.deepEqual(chain.eventsNamed('ColdkeySwapAnnounced')[0]?.data, {
      who: OLD,
      newColdkeyHash: hashColdkey(NEW),
    });
    const again = { new_coldkey_hash: hashColdkey(coldkey(8)) };
    assert.equal(expectFailure(chain, OLD, 'announce_coldkey_swap', again), 'ColdkeySwapReannouncedTooEarly');
    chain.nextBlock(36_000 + 7_200);
    expectSuccess(chain, OLD, 'announce_coldkey_swap', again);
    assert.equal(chain.free(OLD), free - TAO / 10n);
  });

  it('swaps stake, hotkeys, subnets and the balance once the delay passed', () => {
    const { chain, netuid } = setup();
    const stake = chain.stake(HOT, OLD, netuid);
    const rootStake = chain.stake(HOT, OLD, ROOT);
    announce(chain);
    const balance = chain.free(OLD);
    const wrong = { new_coldkey: coldkey(8) };
    assert.equal(
      expectFailure(chain, OLD, 'swap_coldkey_announced', wrong),
      'AnnouncedColdkeyHashDoesNotMatch',
    );
    assert.equal(
      expectFailure(chain, OLD, 'swap_coldkey_announced', { new_coldkey: NEW }),
      'ColdkeySwapTooEarly',
    );
    chain.nextBlock(36_000);
    expectSuccess(chain, OLD, 'swap_coldkey_announced', { new_coldkey: NEW });
    assert.equal(chain.stake(HOT, NEW, netuid), stake);
    assert.equal(chain.stake(HOT, NEW, ROOT), rootStake);
    assert.equal(chain.stake(HOT, OLD, netuid), 0n);
    assert.equal(Owner.get(chain.state, [HOT]), NEW);
    assert.deepEqual(OwnedHotkeys.get(chain.state, [NEW]), [HOT]);
    assert.deepEqual(StakingHotkeys.get(chain.state, [NEW]), [HOT]);
    assert.equal(StakingHotkeys.contains(chain.state, [OLD]), false);
    assert.equal(SubnetOwner.get(chain.state, [netuid]), NEW);
    assert.equal(chain.free(NEW), balance);
    assert.equal(Account.contains(chain.state, [OLD]), false, 'the old account is reaped');
    assert.equal(ColdkeySwapAnnouncements.contains(chain.state, [OLD]), false);
    assert.deepEqual(chain.eventsNamed('ColdkeySwapped')[0]?.data, { oldColdkey: OLD, newColdkey: NEW });
    assert.equal(
      expectFailure(chain, OLD, 'swap_coldkey_announced', { new_coldkey: NEW }),
      'ColdkeySwapAnnouncementNotFound',
    );
  });

  it('refuses a new coldkey that stakes or is a hotkey', () => {
    const { chain } = setup();
    announce(chain, OLD, STAKER);
    chain.nextBlock(36_000);
    assert.equal(
      expectFailure(chain, OLD, 'swap_coldkey_announced', { new_coldkey: STAKER }),
      'ColdKeyAlreadyAssociated',
    );
    chain.nextBlock(7_200);
    announce(chain, OLD, HOT);
    chain.nextBlock(36_000);
    assert.equal(
      expectFailure(chain, OLD, 'swap_coldkey_announced', { new_coldkey: HOT }),
      'NewColdKeyIsHotkey',
    );
  });
});

describe('dispute [127], reset [128], clear [133] and the guard', () => {
  it('an announced coldkey may only sign the swap calls; a disputed one nothing until reset', () => {
    const { chain } = setup();
    assert.equal(guard(chain, OLD, 'add_stake'), 'ok');
    announce(chain);
    assert.equal(guard(chain, OLD, 'add_stake'), 'ColdkeySwapAnnounced');
    assert.equal(guard(chain, OLD, 'swap_coldkey_announced'), 'ok');
    assert.equal(guard(chain, STAKER, 'add_stake'), 'ok');
    expectSuccess(chain, OLD, 'dispute_coldkey_swap', {});
    assert.equal(ColdkeySwapDisputes.get(chain.state, [OLD]), chain.block);
    assert.deepEqual(chain.eventsNamed('ColdkeySwapDisputed')[0]?.data, { coldkey: OLD });
    assert.equal(guard(chain, OLD, 'swap_coldkey_announced'), 'ColdkeySwapDisputed');
    assert.equal(expectFailure(chain, OLD, 'dispute_coldkey_swap', {}), 'ColdkeySwapAlreadyDisputed');
    assert.equal(expectFailure(chain, STAKER, 'dispute_coldkey_swap', {}), 'ColdkeySwapAnnouncementNotFound');
    assert.equal(expectFailure(chain, OLD, 'reset_coldkey_swap', { coldkey: OLD }), 'BadOrigin');
    expectSuccess(chain, root, 'reset_coldkey_swap', { coldkey: OLD });
    assert.equal(ColdkeySwapAnnouncements.contains(chain.state, [OLD]), false);
    assert.equal(ColdkeySwapDisputes.contains(chain.state, [OLD]), false);
    assert.equal(guard(chain, OLD, 'add_stake'), 'ok');
  });

  it('clears an undisputed announcement after the re-announcement delay', () => {
    const { chain } = setup();
    assert.equal(
      expectFailure(chain, OLD, 'clear_coldkey_swap_announcement', {}),
      'ColdkeySwapAnnouncementNotFound',
    );
    announce(chain);
    chain.nextBlock(36_000);
    assert.equal(
      expectFailure(chain, OLD, 'clear_coldkey_swap_announcement', {}),
      'ColdkeySwapClearTooEarly',
    );
    chain.nextBlock(7_200);
    expectSuccess(chain, OLD, 'clear_coldkey_swap_announcement', {});
    assert.equal(ColdkeySwapAnnouncements.contains(chain.state, [OLD]), false);
    assert.deepEqual(chain.eventsNamed('ColdkeySwapCleared')[0]?.data, { who: OLD });
  });
});

describe('swap_coldkey [71] (root) and schedule_swap_coldkey [73]', () => {
  it('root swaps at once, recycling the given cost, and clears the announcement', () => {
    const { chain, netuid } = setup();
    announce(chain);
    const stake = chain.stake(HOT, OLD, netuid);
    const args = { old_coldkey: OLD, new_coldkey: NEW, swap_cost: TAO };
    assert.equal(expectFailure(chain, OLD, 'swap_coldkey', args), 'BadOrigin');
    assert.equal(
      expectFailure(chain, root, 'swap_coldkey', { ...args, swap_cost: 1_000_000n * TAO }),
      'NotEnoughBalanceToPaySwapColdKey',
    );
    const balance = chain.free(OLD);
    expectSuccess(chain, root, 'swap_coldkey', args);
    assert.equal(chain.free(NEW), balance - TAO);
    assert.equal(chain.stake(HOT, NEW, netuid), stake);
    assert.equal(ColdkeySwapAnnouncements.contains(chain.state, [OLD]), false);
  });

  it('the old scheduling call is deprecated', () => {
    const { chain } = setup();
    assert.equal(expectFailure(chain, OLD, 'schedule_swap_coldkey', { new_coldkey: NEW }), 'Deprecated');
  });
});
