import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import { AdminFreezeWindow, OwnerHyperparamRateLimit } from '../../../src/admin/adminStorage.js';
import { isInAdminFreezeWindow } from '../../../src/admin/ownerChecks.js';
import { ImmunityPeriod, Kappa } from '../../../src/subnets/hyperparameters.js';
import { LastEpochBlock, PendingEpochAt, Tempo } from '../../../src/subnets/schema.js';
import { AdminChain, NET, OWNER, root, START, STRANGER } from './adminFixture.js';

describe('owner-or-root origin', () => {
  it('root and the subnet owner may set an owner hyperparameter; anyone else is BadOrigin', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    chain.ok(START + 1, root, 'sudo_set_immunity_period', { netuid: NET, immunity_period: 100 });
    chain.ok(START + 2, OWNER, 'sudo_set_immunity_period', { netuid: NET, immunity_period: 200 });
    assert.equal(ImmunityPeriod.get(chain.state, [NET]), 200);
    chain.fails(
      START + 3,
      STRANGER,
      'sudo_set_immunity_period',
      { netuid: NET, immunity_period: 1 },
      'BadOrigin',
    );
  });

  it('root-only setters refuse the owner', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    chain.fails(START + 1, OWNER, 'sudo_set_kappa', { netuid: NET, kappa: 1 }, 'BadOrigin');
    chain.ok(START + 1, root, 'sudo_set_kappa', { netuid: NET, kappa: 1 });
    assert.equal(Kappa.get(chain.state, [NET]), 1);
    assert.equal(chain.named('KappaSet').length, 1);
  });

  it('a missing subnet is SubnetDoesNotExist', () => {
    const chain = new AdminChain();
    chain.fails(START, root, 'sudo_set_kappa', { netuid: netUid(9), kappa: 1 }, 'SubnetDoesNotExist');
  });
});

describe('owner hyperparameter rate limit', () => {
  it('an owner changes one hyperparameter once per OwnerHyperparamRateLimit tempos; root is not limited', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    const limit = 360 * OwnerHyperparamRateLimit.get(chain.state);
    chain.ok(START + 1, OWNER, 'sudo_set_immunity_period', { netuid: NET, immunity_period: 10 });
    chain.fails(
      START + 2,
      OWNER,
      'sudo_set_immunity_period',
      { netuid: NET, immunity_period: 11 },
      'TxRateLimitExceeded',
    );
    // another hyperparameter has its own limit
    chain.ok(START + 2, OWNER, 'sudo_set_min_allowed_weights', { netuid: NET, min_allowed_weights: 2 });
    chain.ok(START + 3, root, 'sudo_set_immunity_period', { netuid: NET, immunity_period: 12 });
    LastEpochBlock.set(chain.state, [NET], BigInt(START + limit)); // two epochs later
    chain.ok(START + 1 + limit, OWNER, 'sudo_set_immunity_period', { netuid: NET, immunity_period: 13 });
    assert.equal(ImmunityPeriod.get(chain.state, [NET]), 13);
  });
});

describe('admin freeze window', () => {
  it('refuses changes in the last AdminFreezeWindow blocks before the next epoch', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    const window = AdminFreezeWindow.get(chain.state);
    const nextEpoch = START + 360;
    assert.equal(isInAdminFreezeWindow(chain.state, NET, BigInt(nextEpoch - window)), false);
    assert.equal(isInAdminFreezeWindow(chain.state, NET, BigInt(nextEpoch - window + 1)), true);
    chain.fails(
      nextEpoch - 1,
      root,
      'sudo_set_max_allowed_validators',
      { netuid: NET, max_allowed_validators: 8 },
      'AdminActionProhibitedDuringWeightsWindow',
    );
    chain.ok(nextEpoch - window - 1, root, 'sudo_set_max_allowed_validators', {
      netuid: NET,
      max_allowed_validators: 8,
    });
  });

  it('a pending triggered epoch freezes until it runs; tempo 0 never freezes', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    PendingEpochAt.set(chain.state, [NET], BigInt(START + 50));
    assert.equal(isInAdminFreezeWindow(chain.state, NET, BigInt(START + 1)), true);
    assert.equal(isInAdminFreezeWindow(chain.state, NET, BigInt(START + 50)), false);
    Tempo.set(chain.state, [NET], 0);
    assert.equal(isInAdminFreezeWindow(chain.state, NET, BigInt(START + 1)), false);
  });
});
