/** Function-level vectors of registration prices and subnet lock costs. */
import { U64_MAX, U64F64 } from '@taonet/primitives';
import {
  bumpBurnAfterRegistration,
  decayBurnForBlock,
  decayFactorQ32,
  getBlockEmissionForIssuance,
  getLockReductionInterval,
  getNetworkLockCost,
  type NetworkLockState,
} from '@taonet/runtime';
import type { OutputCheck } from './outputCheck.js';
import { arr, big, bool, optBig, type Rec, rec, str } from './vectorValues.js';

/** `Pallet::decay_factor_q32` */
export function runDecayFactorTable(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const actual = arr(inputs.half_life, 'half_life').map((h, i) => decayFactorQ32(big(h, `half_life[${i}]`)));
  check.exact('factor_q32', expected.factor_q32, actual);
}

/** `update_registration_prices_for_networks | bump_registration_price_after_registration` over events. */
export function runBurnSequence(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const bounds = { minBurn: optBig(inputs, 'MinBurn', 0n), maxBurn: optBig(inputs, 'MaxBurn', U64_MAX) };
  const halfLife = big(inputs.BurnHalfLife, 'BurnHalfLife');
  const mult = U64F64.fromBits(big(inputs.BurnIncreaseMult_U64F64_bits, 'BurnIncreaseMult_U64F64_bits'));
  let burn = big(inputs.initial_burn, 'initial_burn');
  let block = big(inputs.start_block, 'start_block');
  const burnAfter: bigint[] = [];
  const paidIn: bigint[] = [];
  arr(inputs.events, 'events').forEach((entry, i) => {
    const [kind, countValue] = arr(entry, `events[${i}]`);
    const count = big(countValue, `events[${i}][1]`);
    let paid = 0n;
    for (let n = 0n; n < count; n++) {
      if (str(kind, `events[${i}][0]`) === 'blocks') {
        block += 1n;
        burn = decayBurnForBlock(burn, halfLife, block, bounds);
      } else {
        paid += burn;
        burn = bumpBurnAfterRegistration(burn, mult, bounds);
      }
    }
    burnAfter.push(burn);
    paidIn.push(paid);
  });
  check.exact('burn_after_event', expected.burn_after_event, burnAfter);
  check.exact('paid_in_event', expected.paid_in_event, paidIn);
  check.exact('final_block', expected.final_block, block);
}

/** `Pallet::get_network_lock_cost` quoted at a series of blocks, with registrations in between. */
export function runNetworkLockCost(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const blockEmission = getBlockEmissionForIssuance(big(inputs.TotalIssuance, 'TotalIssuance'));
  const interval = getLockReductionInterval(
    big(inputs.NetworkLockReductionInterval, 'NetworkLockReductionInterval'),
    blockEmission,
  );
  let state: NetworkLockState = {
    lastLockCost: big(inputs.NetworkLastLockCost, 'NetworkLastLockCost'),
    minLockCost: big(inputs.NetworkMinLockCost, 'NetworkMinLockCost'),
    lastLockBlock: big(inputs.NetworkLastLockBlock, 'NetworkLastLockBlock'),
    lockReductionInterval: big(inputs.NetworkLockReductionInterval, 'NetworkLockReductionInterval'),
  };
  const costs = arr(inputs.events, 'events').map((entry, i) => {
    const event = rec(entry, `events[${i}]`);
    const block = big(event.block, `events[${i}].block`);
    const cost = getNetworkLockCost(state, block, interval);
    if (bool(event.register, `events[${i}].register`))
      state = { ...state, lastLockCost: cost, lastLockBlock: block };
    return cost;
  });
  check.exact('block_emission', expected.block_emission, blockEmission);
  check.exact('lock_reduction_interval', expected.lock_reduction_interval, interval);
  check.exact('lock_cost', expected.lock_cost, costs);
  check.exact('final_NetworkLastLockCost', expected.final_NetworkLastLockCost, state.lastLockCost);
  check.exact('final_NetworkLastLockBlock', expected.final_NetworkLastLockBlock, state.lastLockBlock);
}
