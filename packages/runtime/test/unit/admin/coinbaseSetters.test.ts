import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I96F32, netUid } from '@taonet/primitives';
import { AdminFreezeWindow } from '../../../src/admin/adminStorage.js';
import { createAdminUtilsModule } from '../../../src/admin/adminUtilsModule.js';
import {
  CKBurn,
  EMAPriceHalvingBlocks,
  OwnerCutEnabled,
  RecycleOrBurnStorage,
  SubnetMovingAlpha,
} from '../../../src/coinbase/schema.js';
import { root } from '../../../src/dispatch/origin.js';
import { EventLog } from '../../../src/dispatch/runtimeEvent.js';
import { Executive } from '../../../src/executive/executive.js';
import { NominatorMinRequiredStake } from '../../../src/staking/stakingCallsStorage.js';
import { coldkey, createStakingChain, expectSuccess, hotkey, TAO } from '../staking/stakingChain.js';
import { AdminChain, NET, OWNER, START, STRANGER } from './adminFixture.js';

describe('coinbase setters', () => {
  it('sudo_set_subnet_moving_alpha [63] and sudo_set_ck_burn [73] are root only', () => {
    const chain = new AdminChain();
    const alpha = I96F32.fromInt(1n);
    chain.fails(1, OWNER, 'sudo_set_subnet_moving_alpha', { alpha }, 'BadOrigin');
    chain.ok(1, root, 'sudo_set_subnet_moving_alpha', { alpha });
    assert.equal(SubnetMovingAlpha.get(chain.state), alpha);
    chain.fails(1, OWNER, 'sudo_set_ck_burn', { burn: 5n }, 'BadOrigin');
    chain.ok(1, root, 'sudo_set_ck_burn', { burn: 5n });
    assert.equal(CKBurn.get(chain.state), 5n);
  });

  it('sudo_set_ema_price_halving_period [65]: root only, without a subnet check (as subtensor)', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    chain.fails(1, OWNER, 'sudo_set_ema_price_halving_period', { netuid: NET, ema_halving: 7n }, 'BadOrigin');
    chain.ok(1, root, 'sudo_set_ema_price_halving_period', { netuid: NET, ema_halving: 7n });
    assert.equal(EMAPriceHalvingBlocks.get(chain.state, [NET]), 7n);
    chain.ok(1, root, 'sudo_set_ema_price_halving_period', { netuid: netUid(9), ema_halving: 3n });
    assert.equal(EMAPriceHalvingBlocks.get(chain.state, [netUid(9)]), 3n);
  });

  it('sudo_set_recycle_or_burn [80]: owner within its rate limit and outside the freeze window, or root', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    const args = (value: 'Burn' | 'Recycle') => ({ netuid: NET, recycle_or_burn: value });
    chain.fails(START + 10, STRANGER, 'sudo_set_recycle_or_burn', args('Recycle'), 'BadOrigin');
    // the last 10 blocks before the epoch at START + 361 are frozen
    chain.fails(
      START + 355,
      OWNER,
      'sudo_set_recycle_or_burn',
      args('Recycle'),
      'AdminActionProhibitedDuringWeightsWindow',
    );
    chain.ok(START + 10, OWNER, 'sudo_set_recycle_or_burn', args('Recycle'));
    assert.equal(RecycleOrBurnStorage.get(chain.state, [NET]), 'Recycle');
    chain.fails(START + 20, OWNER, 'sudo_set_recycle_or_burn', args('Burn'), 'TxRateLimitExceeded');
    chain.ok(START + 20, root, 'sudo_set_recycle_or_burn', args('Burn'));
    assert.equal(RecycleOrBurnStorage.get(chain.state, [NET]), 'Burn');
    AdminFreezeWindow.set(chain.state, 0); // the fixture's epoch cycle does not advance
    chain.ok(START + 10 + 720, OWNER, 'sudo_set_recycle_or_burn', args('Recycle'));
  });

  it('sudo_set_owner_cut_enabled [92]: owner or root, on an existing subnet', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    AdminFreezeWindow.set(chain.state, 0);
    assert.equal(OwnerCutEnabled.get(chain.state, [NET]), true);
    chain.fails(1, STRANGER, 'sudo_set_owner_cut_enabled', { netuid: NET, enabled: false }, 'BadOrigin');
    chain.ok(START + 1, OWNER, 'sudo_set_owner_cut_enabled', { netuid: NET, enabled: false });
    assert.equal(OwnerCutEnabled.get(chain.state, [NET]), false);
    chain.ok(START + 2, root, 'sudo_set_owner_cut_enabled', { netuid: NET, enabled: true });
    assert.equal(OwnerCutEnabled.get(chain.state, [NET]), true);
    const missing = { netuid: netUid(9), enabled: false };
    chain.fails(START + 3, root, 'sudo_set_owner_cut_enabled', missing, 'SubnetDoesNotExist');
  });
});

describe('sudo_set_nominator_min_required_stake [43]', () => {
  it('is root only; raising it unstakes nominations below the new minimum, lowering it does not', () => {
    const chain = createStakingChain();
    const owner = coldkey(1);
    const nominator = coldkey(2);
    const ownerHot = hotkey(1);
    chain.endow(owner, 10_000n * TAO);
    chain.endow(nominator, 1_000n * TAO);
    const netuid = chain.openSubnet(owner, ownerHot);
    expectSuccess(chain, nominator, 'add_stake', { hotkey: ownerHot, netuid, amount_staked: TAO / 100n });
    expectSuccess(chain, owner, 'add_stake', { hotkey: ownerHot, netuid, amount_staked: TAO / 100n });
    const admin = new Executive([createAdminUtilsModule({ swap: chain.swap })]);
    const set = (origin: Parameters<Executive['applyExtrinsic']>[2], minStake: bigint) =>
      admin.applyExtrinsic({ ...chain.ctx(), events: new EventLog() }, 0, origin, {
        pallet: 'AdminUtils',
        name: 'sudo_set_nominator_min_required_stake',
        args: { min_stake: minStake },
      });
    assert.equal(set({ kind: 'signed', who: owner }, 1n).error?.error, 'BadOrigin');
    // 1e6 = one DefaultMinStake (0.002 TAO): the 0.01 TAO nomination stays
    assert.equal(set(root, 1_000_000n).ok, true);
    assert.ok(chain.stake(ownerHot, nominator, netuid) > 0n);
    // 10e6 = 0.02 TAO: the nomination is unstaked to its coldkey; the owner's own stake stays
    const free = chain.free(nominator);
    assert.equal(set(root, 10_000_000n).ok, true);
    assert.equal(NominatorMinRequiredStake.get(chain.state), 10_000_000n);
    assert.equal(chain.stake(ownerHot, nominator, netuid), 0n);
    assert.ok(chain.free(nominator) > free);
    assert.ok(chain.stake(ownerHot, owner, netuid) > 0n);
  });
});
