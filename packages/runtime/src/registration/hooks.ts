/**
 * Per-block work of registration: `update_registration_prices_for_networks`, the first step of `block_step`
 * (economics.md §2.1, §5.1), exported for the runtime composition to call from `on_initialize`.
 */
import type { DispatchContext } from '../dispatch/callDef.js';
import {
  Burn,
  BurnHalfLife,
  MaxBurn,
  MinBurn,
  RegistrationsThisBlock,
  RegistrationsThisInterval,
} from '../subnets/hyperparameters.js';
import { Tempo } from '../subnets/schema.js';
import { getAllSubnetNetuids, ROOT_NETUID } from '../subnets/subnetRegistry.js';
import { decayBurnForBlock } from './math/registrationPrice.js';

/**
 * For every subnet (root included): the burn decays by the per-block factor of `BurnHalfLife` (from block 2 on)
 * and is clamped to [MinBurn, MaxBurn]; `RegistrationsThisBlock` restarts at 0. Root's
 * `RegistrationsThisInterval` restarts once per root tempo (every block for a zero tempo), since root never
 * runs an epoch that would mark the interval.
 */
export function updateRegistrationPricesForNetworks(ctx: DispatchContext): void {
  const { state } = ctx;
  const block = BigInt(ctx.block.number);
  for (const netuid of getAllSubnetNetuids(state)) {
    const key: [typeof netuid] = [netuid];
    const burn = Burn.get(state, key);
    const bounds = { minBurn: MinBurn.get(state, key), maxBurn: MaxBurn.get(state, key) };
    const next = decayBurnForBlock(burn, BigInt(BurnHalfLife.get(state, key)), block, bounds);
    if (next !== burn) Burn.set(state, key, next);
    RegistrationsThisBlock.set(state, key, 0);
    if (netuid === ROOT_NETUID) {
      const tempo = BigInt(Tempo.get(state, key));
      if (tempo === 0n || block % tempo === 0n) RegistrationsThisInterval.set(state, key, 0);
    }
  }
}
