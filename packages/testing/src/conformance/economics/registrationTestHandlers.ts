/** `economics.json` scenarios from the registration, migration and network Rust tests (burn, lock cost). */
import { U64_MAX, U64F64 } from '@taonet/primitives';
import {
  type BurnBounds,
  bumpBurnAfterRegistration,
  computeNewSubnetPool,
  DEFAULT_BURN_HALF_LIFE,
  DEFAULT_BURN_INCREASE_MULT,
  DEFAULT_NEURON_BURN_COST,
  decayBurnForBlock,
  decayFactorQ32,
  getLockReductionInterval,
  getNetworkLockCost,
  updateRegistrationPriceForBlock,
} from '@taonet/runtime';
import type { EconomicsHandler } from './economicsHandler.js';
import type { OutputCheck } from './outputCheck.js';
import { arr, big, isIntegerLike, num, optBig, type Rec, rec, str } from './vectorValues.js';

/** The test mock's `NetworkLockReductionInterval` (the network tests do not restate it). */
const MOCK_LOCK_REDUCTION_INTERVAL = 2n;
/** Tests run from block 1; the first step is block 2, the first block at which the burn decays. */
const FIRST_TEST_BLOCK = 1n;

function bounds(inputs: Rec): BurnBounds {
  return { minBurn: optBig(inputs, 'min_burn', 0n), maxBurn: optBig(inputs, 'max_burn', U64_MAX) };
}

function mult(inputs: Rec): U64F64 {
  return U64F64.saturatingFromInt(big(inputs.BurnIncreaseMult ?? inputs.mult, 'mult'));
}

/** Every expected `decay_factor_q32_h<N>` field. */
function checkDecayFactors(expected: Rec, check: OutputCheck): void {
  for (const [key, value] of Object.entries(expected)) {
    const match = /^decay_factor_q32_h(\d+)$/.exec(key);
    if (match !== null) check.exact(key, value, decayFactorQ32(BigInt(match[1] ?? '0')));
  }
}

/** `test_init_new_network_registration_defaults` */
const registrationDefaults: EconomicsHandler = (_inputs, expected, check) => {
  check.exact('BurnHalfLife', expected.BurnHalfLife, DEFAULT_BURN_HALF_LIFE);
  check.near(
    'BurnIncreaseMult',
    num(expected.BurnIncreaseMult, 'mult'),
    U64F64.toF64(DEFAULT_BURN_INCREASE_MULT),
    0,
  );
  check.exact('Burn', expected.Burn, DEFAULT_NEURON_BURN_COST);
};

/** `test_burn_decay`: a registration bumps the burn, the next block decays it. */
const burnBumpThenDecay: EconomicsHandler = (inputs, expected, check) => {
  const b = bounds(inputs);
  const bumped = bumpBurnAfterRegistration(big(inputs.burn, 'burn'), mult(inputs), b);
  check.exact('after_registration', expected.after_registration, bumped);
  const halfLife = big(inputs.BurnHalfLife, 'BurnHalfLife');
  check.exact(
    'after_next_block',
    expected.after_next_block,
    decayBurnForBlock(bumped, halfLife, FIRST_TEST_BLOCK + 1n, b),
  );
  checkDecayFactors(expected, check);
};

/** `test_burn_halves_every_half_life`: block steps in chunks; the burn after every block and every chunk. */
const burnHalving: EconomicsHandler = (inputs, expected, check) => {
  const halfLife = big(inputs.BurnHalfLife, 'BurnHalfLife');
  let burn = big(inputs.burn, 'burn');
  let block = FIRST_TEST_BLOCK;
  const perBlock: bigint[] = [];
  const perChunk = arr(inputs.blocks_stepped, 'blocks_stepped').map((steps) => {
    for (let i = 0n; i < big(steps, 'steps'); i++) {
      block += 1n;
      burn = decayBurnForBlock(burn, halfLife, block, bounds(inputs));
      perBlock.push(burn);
    }
    return burn;
  });
  check.exact('burn', expected.burn, perChunk);
  check.exact('intermediate', expected.intermediate, perBlock);
  checkDecayFactors(expected, check);
};

/** `test_burn_min_and_max_clamps_prevent_zero_stuck_and_cap_bump`: `step_block` / `register` sequence. */
const burnClamps: EconomicsHandler = (inputs, expected, check) => {
  const halfLife = big(inputs.BurnHalfLife, 'BurnHalfLife');
  let burn = big(inputs.burn, 'burn');
  let block = FIRST_TEST_BLOCK;
  const after = arr(inputs.sequence, 'sequence').map((step, i) => {
    if (str(step, `sequence[${i}]`) === 'register')
      burn = bumpBurnAfterRegistration(burn, mult(inputs), bounds(inputs));
    else burn = decayBurnForBlock(burn, halfLife, (block += 1n), bounds(inputs));
    return burn;
  });
  check.exact('burn', expected.burn, after);
};

/** `test_bump_registration_price_after_registration_applies_multiplier_immediately` */
const burnBump: EconomicsHandler = (inputs, expected, check) => {
  check.exact(
    'burn',
    expected.burn,
    bumpBurnAfterRegistration(big(inputs.burn, 'burn'), mult(inputs), bounds(inputs)),
  );
};

/** `test_update_registration_prices_for_networks_runs_on_next_block_step`: decay and counter reset. */
const burnDecayOneBlock: EconomicsHandler = (inputs, expected, check) => {
  const state = updateRegistrationPriceForBlock(
    {
      burn: big(inputs.burn, 'burn'),
      halfLife: big(inputs.BurnHalfLife, 'BurnHalfLife'),
      registrationsThisBlock: big(inputs.RegistrationsThisBlock_seed, 'RegistrationsThisBlock_seed'),
      ...bounds(inputs),
    },
    FIRST_TEST_BLOCK + 1n,
  );
  check.exact('burn', expected.burn, state.burn);
  check.exact('RegistrationsThisBlock', expected.RegistrationsThisBlock, state.registrationsThisBlock);
};

/** `..._many_half_lives_over_thousands_of_blocks`: per-case factor and the burn after N blocks. */
const burnManyBlocks: EconomicsHandler = (inputs, _expected, check) => {
  const start = big(inputs.start_block, 'start_block');
  const blocks = big(inputs.blocks, 'blocks');
  const b = { minBurn: optBig(inputs, 'min_burn', 0n), maxBurn: optBig(inputs, 'max_burn', U64_MAX) };
  arr(inputs.cases, 'cases').forEach((entry, i) => {
    const c = rec(entry, `cases[${i}]`);
    const halfLife = big(c.half_life, 'half_life');
    let burn = big(c.initial_burn, 'initial_burn');
    for (let block = start + 1n; block <= start + blocks; block++)
      burn = decayBurnForBlock(burn, halfLife, block, b);
    check.exact(`cases[${i}].factor_q32`, c.factor_q32, decayFactorQ32(halfLife));
    check.exact(`cases[${i}].burn_after_${blocks}_blocks`, c[`burn_after_${blocks}_blocks`], burn);
  });
};

/** `test_burned_register_immediately_bumps_price_many_multipliers_and_same_block_registrations` */
const burnSameBlockRegistrations: EconomicsHandler = (inputs, _expected, check) => {
  arr(inputs.cases, 'cases').forEach((entry, i) => {
    const c = rec(entry, `cases[${i}]`);
    const b = { minBurn: big(c.min_burn, 'min_burn'), maxBurn: big(c.max_burn, 'max_burn') };
    let burn = big(c.initial_burn, 'initial_burn');
    let paid = 0n;
    const sequence: bigint[] = [];
    for (let r = 0n; r < big(c.registrations, 'registrations'); r++) {
      paid += burn;
      burn = bumpBurnAfterRegistration(burn, U64F64.saturatingFromInt(big(c.mult, 'mult')), b);
      sequence.push(burn);
    }
    check.exact(
      `cases[${i}].burn_sequence_after_each_registration`,
      c.burn_sequence_after_each_registration,
      sequence,
    );
    check.exact(`cases[${i}].total_paid`, c['total_paid_(RAORecycledForRegistration)'], paid);
  });
};

/** `test_migrate_network_lock_cost_2500_sets_price_and_decay`: the lock just after a registration and a block later. */
const lockCostAfterRegistration: EconomicsHandler = (inputs, expected, check) => {
  // "current block": any non-zero block (a zero last-lock block would mean "never registered")
  const lastBlock = isIntegerLike(inputs.last_lock_block)
    ? big(inputs.last_lock_block, 'last_lock_block')
    : 1n;
  const state = {
    lastLockCost: big(inputs.NetworkLastLockCost, 'NetworkLastLockCost'),
    minLockCost: big(inputs.NetworkMinLockCost, 'NetworkMinLockCost'),
    lastLockBlock: lastBlock,
    lockReductionInterval: big(inputs.NetworkLockReductionInterval, 'NetworkLockReductionInterval'),
  };
  const interval = getLockReductionInterval(
    state.lockReductionInterval,
    big(inputs.block_emission, 'block_emission'),
  );
  check.exact('lock_cost_now', expected.lock_cost_now, getNetworkLockCost(state, lastBlock, interval));
  check.exact(
    'lock_cost_after_1_block',
    expected.lock_cost_after_1_block,
    getNetworkLockCost(state, lastBlock + 1n, interval),
  );
};

/** `test_register_subnet_low_lock_cost / _high_lock_cost`: the new pool holds the lock paid (`"lock_cost"`). */
const subnetPoolFromLock: EconomicsHandler = (inputs, expected, check) => {
  const median = U64F64.fromF64(num(inputs.median_price_of_other_subnets, 'median_price_of_other_subnets'));
  const taoExpected = arr(expected.SubnetTAO, 'SubnetTAO');
  const alphaExpected = arr(expected.SubnetAlphaIn, 'SubnetAlphaIn');
  arr(inputs.cases, 'cases').forEach((entry, i) => {
    const c = rec(entry, `cases[${i}]`);
    const state = {
      lastLockCost: big(c.last_lock, 'last_lock'),
      minLockCost: big(c.min_lock, 'min_lock'),
      lastLockBlock: 0n,
      lockReductionInterval: MOCK_LOCK_REDUCTION_INTERVAL,
    };
    const lock = getNetworkLockCost(state, FIRST_TEST_BLOCK, MOCK_LOCK_REDUCTION_INTERVAL);
    const pool = computeNewSubnetPool(lock, state.minLockCost, median);
    const resolve = (value: unknown) => (value === 'lock_cost' ? lock : value);
    check.exact(`SubnetTAO[${i}]`, resolve(taoExpected[i]), pool.subnetTao);
    check.exact(`SubnetAlphaIn[${i}]`, resolve(alphaExpected[i]), pool.subnetAlphaIn);
  });
};

export const REGISTRATION_TEST_HANDLERS: ReadonlyArray<readonly [string, EconomicsHandler]> = [
  ['test_init_new_network_registration_defaults', registrationDefaults],
  ['test_burn_decay', burnBumpThenDecay],
  ['test_burn_halves_every_half_life', burnHalving],
  ['test_burn_min_and_max_clamps_prevent_zero_stuck_and_cap_bump', burnClamps],
  ['test_bump_registration_price_after_registration_applies_multiplier_immediately', burnBump],
  ['test_update_registration_prices_for_networks_runs_on_next_block_step', burnDecayOneBlock],
  ['test_update_registration_prices_for_networks_many_half_lives_over_thousands_of_blocks', burnManyBlocks],
  [
    'test_burned_register_immediately_bumps_price_many_multipliers_and_same_block_registrations',
    burnSameBlockRegistrations,
  ],
  ['test_migrate_network_lock_cost_2500_sets_price_and_decay', lockCostAfterRegistration],
  ['test_register_subnet_low_lock_cost', subnetPoolFromLock],
];
