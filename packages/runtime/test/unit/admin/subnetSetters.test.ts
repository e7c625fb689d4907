import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { U64F64 } from '@taonet/primitives';
import { SubnetworkN } from '../../../src/neurons/schema.js';
import {
  AlphaSigmoidSteepness,
  AlphaValues,
  BondsMovingAverage,
  BurnIncreaseMult,
  LiquidAlphaOn,
  MaxAllowedUids,
  MaxBurn,
  MinBurn,
  RevealPeriodEpochs,
  Yuma3On,
} from '../../../src/subnets/hyperparameters.js';
import {
  LastEpochBlock,
  MechanismCountCurrent,
  MechanismEmissionSplit,
  Tempo,
} from '../../../src/subnets/schema.js';
import { AdminChain, NET, OWNER, root, START } from './adminFixture.js';

const B = START + 1;

describe('registration price bounds', () => {
  it('MinBurn stays below 1 TAO and below MaxBurn; MaxBurn above 0.1 TAO and above MinBurn', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    chain.fails(B, root, 'sudo_set_min_burn', { netuid: NET, min_burn: 1_000_000_000n }, 'ValueNotInBounds');
    chain.ok(B, root, 'sudo_set_min_burn', { netuid: NET, min_burn: 999_999_999n });
    assert.equal(MinBurn.get(chain.state, [NET]), 999_999_999n);
    chain.fails(B, root, 'sudo_set_max_burn', { netuid: NET, max_burn: 100_000_000n }, 'ValueNotInBounds');
    chain.fails(B, root, 'sudo_set_max_burn', { netuid: NET, max_burn: 999_999_999n }, 'ValueNotInBounds');
    chain.ok(B, root, 'sudo_set_max_burn', { netuid: NET, max_burn: 5_000_000_000n });
    assert.equal(MaxBurn.get(chain.state, [NET]), 5_000_000_000n);
  });

  it('BurnIncreaseMult lies in [1, 3], BurnHalfLife in 1..=36_100, neither on root', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    chain.addSubnet(0 as typeof NET);
    const mult = (value: bigint) => ({ netuid: NET, burn_increase_mult: U64F64.fromInt(value) });
    chain.fails(B, OWNER, 'sudo_set_burn_increase_mult', mult(4n), 'InvalidValue');
    chain.fails(
      B,
      OWNER,
      'sudo_set_burn_increase_mult',
      { netuid: NET, burn_increase_mult: U64F64.fromBits(1n) },
      'InvalidValue',
    );
    chain.ok(B, OWNER, 'sudo_set_burn_increase_mult', mult(2n));
    assert.equal(BurnIncreaseMult.get(chain.state, [NET]), U64F64.fromInt(2n));
    assert.equal(chain.named('BurnIncreaseMultSet').length, 1);
    chain.fails(B, root, 'sudo_set_burn_half_life', { netuid: NET, burn_half_life: 0 }, 'InvalidValue');
    chain.fails(B, root, 'sudo_set_burn_half_life', { netuid: NET, burn_half_life: 36_101 }, 'InvalidValue');
    chain.fails(
      B,
      root,
      'sudo_set_burn_half_life',
      { netuid: 0, burn_half_life: 100 },
      'NotPermittedOnRootSubnet',
    );
    chain.ok(B, root, 'sudo_set_burn_half_life', { netuid: NET, burn_half_life: 36_100 });
  });
});

describe('consensus bounds', () => {
  it('MaxAllowedUids: not below the uids in use, at most 256 over all mechanisms', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    SubnetworkN.set(chain.state, [NET], 100);
    chain.fails(
      B,
      root,
      'sudo_set_max_allowed_uids',
      { netuid: NET, max_allowed_uids: 99 },
      'MaxAllowedUIdsLessThanCurrentUIds',
    );
    chain.fails(
      B,
      root,
      'sudo_set_max_allowed_uids',
      { netuid: NET, max_allowed_uids: 257 },
      'MaxAllowedUidsGreaterThanDefaultMaxAllowedUids',
    );
    MechanismCountCurrent.set(chain.state, [NET], 2);
    chain.fails(
      B,
      root,
      'sudo_set_max_allowed_uids',
      { netuid: NET, max_allowed_uids: 200 },
      'TooManyUIDsPerMechanism',
    );
    chain.ok(B, root, 'sudo_set_max_allowed_uids', { netuid: NET, max_allowed_uids: 128 });
    assert.equal(MaxAllowedUids.get(chain.state, [NET]), 128);
    chain.fails(
      B,
      root,
      'sudo_set_max_allowed_validators',
      { netuid: NET, max_allowed_validators: 129 },
      'MaxValidatorsLargerThanMaxUIds',
    );
  });

  it('an owner keeps BondsMovingAverage at most 975_000, root may go above', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    chain.fails(
      B,
      OWNER,
      'sudo_set_bonds_moving_average',
      { netuid: NET, bonds_moving_average: 975_001n },
      'BondsMovingAverageMaxReached',
    );
    chain.ok(B, root, 'sudo_set_bonds_moving_average', { netuid: NET, bonds_moving_average: 999_000n });
    assert.equal(BondsMovingAverage.get(chain.state, [NET]), 999_000n);
  });

  it('only root sets a negative sigmoid steepness', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    chain.fails(
      B,
      OWNER,
      'sudo_set_alpha_sigmoid_steepness',
      { netuid: NET, steepness: -5 },
      'NegativeSigmoidSteepness',
    );
    chain.ok(B, root, 'sudo_set_alpha_sigmoid_steepness', { netuid: NET, steepness: -5 });
    assert.equal(AlphaSigmoidSteepness.get(chain.state, [NET]), -5);
  });

  it('liquid alpha values need liquid alpha on and bounds of at least 1638 with low <= high', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    const values = (alpha_low: number, alpha_high: number) => ({ netuid: NET, alpha_low, alpha_high });
    chain.fails(B, OWNER, 'sudo_set_alpha_values', values(2000, 3000), 'LiquidAlphaDisabled');
    chain.ok(B, OWNER, 'sudo_set_liquid_alpha_enabled', { netuid: NET, enabled: true });
    assert.equal(LiquidAlphaOn.get(chain.state, [NET]), true);
    chain.fails(B, OWNER, 'sudo_set_alpha_values', values(1000, 1637), 'AlphaHighTooLow');
    chain.fails(B, OWNER, 'sudo_set_alpha_values', values(1637, 3000), 'AlphaLowOutOfRange');
    chain.fails(B, OWNER, 'sudo_set_alpha_values', values(4000, 3000), 'AlphaLowOutOfRange');
    chain.ok(B, OWNER, 'sudo_set_alpha_values', values(2000, 3000));
    assert.deepEqual(AlphaValues.get(chain.state, [NET]), [2000, 3000]);
  });

  it('the commit-reveal interval lies in 1..=100 epochs; Yuma 3 toggles with its event', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    chain.fails(
      B,
      root,
      'sudo_set_commit_reveal_weights_interval',
      { netuid: NET, interval: 0n },
      'RevealPeriodTooSmall',
    );
    chain.fails(
      B,
      root,
      'sudo_set_commit_reveal_weights_interval',
      { netuid: NET, interval: 101n },
      'RevealPeriodTooLarge',
    );
    chain.ok(B, root, 'sudo_set_commit_reveal_weights_interval', { netuid: NET, interval: 3n });
    assert.equal(RevealPeriodEpochs.get(chain.state, [NET]), 3n);
    chain.ok(B, OWNER, 'sudo_set_yuma3_enabled', { netuid: NET, enabled: true });
    assert.equal(Yuma3On.get(chain.state, [NET]), true);
    assert.deepEqual(chain.named('Yuma3EnableToggled')[0]?.data, { netuid: NET, enabled: true });
  });
});

describe('sudo_set_tempo', () => {
  it('an owner picks a tempo in [360, 50_400] once per 360 blocks; root any; the epoch cycle restarts', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    chain.fails(B, OWNER, 'sudo_set_tempo', { netuid: NET, tempo: 359 }, 'TempoOutOfBounds');
    chain.fails(B, OWNER, 'sudo_set_tempo', { netuid: NET, tempo: 50_401 }, 'TempoOutOfBounds');
    chain.ok(B, OWNER, 'sudo_set_tempo', { netuid: NET, tempo: 720 });
    assert.equal(Tempo.get(chain.state, [NET]), 720);
    assert.equal(LastEpochBlock.get(chain.state, [NET]), BigInt(B));
    chain.fails(B + 359, OWNER, 'sudo_set_tempo', { netuid: NET, tempo: 400 }, 'TxRateLimitExceeded');
    chain.ok(B + 360, OWNER, 'sudo_set_tempo', { netuid: NET, tempo: 400 });
    chain.ok(B + 361, root, 'sudo_set_tempo', { netuid: NET, tempo: 10 });
    assert.equal(Tempo.get(chain.state, [NET]), 10);
  });
});

describe('mechanisms', () => {
  it('the count is 1..=MaxMechanismCount; the split has one u16 share per mechanism summing to 65535', () => {
    const chain = new AdminChain();
    chain.addSubnet(NET);
    MaxAllowedUids.set(chain.state, [NET], 128);
    chain.fails(B, root, 'sudo_set_mechanism_count', { netuid: NET, mechanism_count: 0 }, 'InvalidValue');
    chain.fails(B, root, 'sudo_set_mechanism_count', { netuid: NET, mechanism_count: 3 }, 'InvalidValue');
    chain.ok(B, root, 'sudo_set_mechanism_count', { netuid: NET, mechanism_count: 2 });
    assert.equal(MechanismCountCurrent.get(chain.state, [NET]), 2);
    const split = (maybe_split: number[] | undefined) => ({ netuid: NET, maybe_split });
    chain.fails(B, root, 'sudo_set_mechanism_emission_split', split([65_535]), 'InvalidValue');
    chain.fails(B, root, 'sudo_set_mechanism_emission_split', split([30_000, 30_000]), 'InvalidValue');
    chain.ok(B, root, 'sudo_set_mechanism_emission_split', split([45_535, 20_000]));
    assert.deepEqual(MechanismEmissionSplit.getOption(chain.state, [NET]), [45_535, 20_000]);
    chain.ok(B, root, 'sudo_set_mechanism_count', { netuid: NET, mechanism_count: 1 });
    assert.equal(MechanismEmissionSplit.getOption(chain.state, [NET]), undefined, 'a stale split is dropped');
  });
});
