import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AdminFreezeWindow, SubnetOwnerCut, TxRateLimit } from '../../../src/admin/adminStorage.js';
import { adminUtilsCalls } from '../../../src/admin/adminUtilsModule.js';
import { StakeThreshold } from '../../../src/subnets/hyperparameters.js';
import { MaxEpochsPerBlock, SubnetLimit } from '../../../src/subnets/schema.js';
import { AdminChain, OWNER, root } from './adminFixture.js';

describe('network-wide setters', () => {
  it('are root only and write their value', () => {
    const chain = new AdminChain();
    chain.fails(1, OWNER, 'sudo_set_stake_threshold', { min_stake: 1n }, 'BadOrigin');
    chain.ok(1, root, 'sudo_set_stake_threshold', { min_stake: 1_000_000_000_000n });
    assert.equal(StakeThreshold.get(chain.state), 1_000_000_000_000n);
    chain.ok(1, root, 'sudo_set_subnet_limit', { max_subnets: 12 });
    chain.ok(1, root, 'sudo_set_subnet_owner_cut', { subnet_owner_cut: 0 });
    chain.ok(1, root, 'sudo_set_tx_rate_limit', { tx_rate_limit: 0n });
    chain.ok(1, root, 'sudo_set_admin_freeze_window', { window: 0 });
    assert.deepEqual(
      [SubnetLimit.get(chain.state), SubnetOwnerCut.get(chain.state), TxRateLimit.get(chain.state)],
      [12, 0, 0n],
    );
    assert.equal(AdminFreezeWindow.get(chain.state), 0);
  });

  it('MaxEpochsPerBlock is at least 1; sudo_set_total_issuance is deprecated', () => {
    const chain = new AdminChain();
    chain.fails(1, root, 'sudo_set_max_epochs_per_block', { max_epochs_per_block: 0 }, 'ValueNotInBounds');
    chain.ok(1, root, 'sudo_set_max_epochs_per_block', { max_epochs_per_block: 32 });
    assert.equal(MaxEpochsPerBlock.get(chain.state), 32);
    chain.fails(1, root, 'sudo_set_total_issuance', { total_issuance: 5n }, 'Deprecated');
  });
});

/** subtensor admin-utils call indices (pallets/admin-utils/src/lib.rs) */
const SUBTENSOR_INDICES: Record<string, number> = {
  sudo_set_tx_rate_limit: 2,
  sudo_set_serving_rate_limit: 3,
  sudo_set_weights_version_key: 6,
  sudo_set_weights_set_rate_limit: 7,
  sudo_set_adjustment_interval: 8,
  sudo_set_max_weight_limit: 12,
  sudo_set_immunity_period: 13,
  sudo_set_min_allowed_weights: 14,
  sudo_set_max_allowed_uids: 15,
  sudo_set_kappa: 16,
  sudo_set_rho: 17,
  sudo_set_activity_cutoff: 18,
  sudo_set_network_registration_allowed: 19,
  sudo_set_network_pow_registration_allowed: 20,
  sudo_set_target_registrations_per_interval: 21,
  sudo_set_min_burn: 22,
  sudo_set_max_burn: 23,
  sudo_set_max_allowed_validators: 25,
  sudo_set_bonds_moving_average: 26,
  sudo_set_max_registrations_per_block: 27,
  sudo_set_subnet_owner_cut: 28,
  sudo_set_network_rate_limit: 29,
  sudo_set_tempo: 30,
  sudo_set_total_issuance: 33,
  sudo_set_network_immunity_period: 35,
  sudo_set_network_min_lock_cost: 36,
  sudo_set_subnet_limit: 37,
  sudo_set_lock_reduction_interval: 38,
  sudo_set_stake_threshold: 42,
  sudo_set_nominator_min_required_stake: 43,
  sudo_set_commit_reveal_weights_enabled: 49,
  sudo_set_liquid_alpha_enabled: 50,
  sudo_set_alpha_values: 51,
  sudo_set_commit_reveal_weights_interval: 57,
  sudo_set_bonds_penalty: 60,
  sudo_set_toggle_transfer: 61,
  sudo_set_subnet_moving_alpha: 63,
  sudo_set_ema_price_halving_period: 65,
  sudo_set_subtoken_enabled: 66,
  sudo_set_alpha_sigmoid_steepness: 68,
  sudo_set_yuma3_enabled: 69,
  sudo_set_bonds_reset_enabled: 70,
  sudo_set_owner_immune_neuron_limit: 72,
  sudo_set_ck_burn: 73,
  sudo_set_admin_freeze_window: 74,
  sudo_set_owner_hparam_rate_limit: 75,
  sudo_set_mechanism_count: 76,
  sudo_set_mechanism_emission_split: 77,
  sudo_set_min_allowed_uids: 79,
  sudo_set_recycle_or_burn: 80,
  sudo_set_min_non_immune_uids: 84,
  sudo_set_start_call_delay: 85,
  sudo_set_max_mechanism_count: 88,
  sudo_set_burn_half_life: 89,
  sudo_set_burn_increase_mult: 90,
  sudo_set_owner_cut_enabled: 92,
  sudo_set_subnet_emission_enabled: 94,
  sudo_set_max_epochs_per_block: 96,
};

describe('AdminUtils call table', () => {
  it("every call has subtensor's index and no index is used twice", () => {
    const byName = Object.fromEntries(adminUtilsCalls.map((call) => [call.name, call.index]));
    assert.deepEqual(byName, SUBTENSOR_INDICES);
    assert.equal(new Set(adminUtilsCalls.map((call) => call.index)).size, adminUtilsCalls.length);
  });
});
