/**
 * Which subnets receive this block's emission and how much TAO each gets (economics.md §2.3-2.4):
 * `get_subnets_to_emit_to`, `get_subnet_block_emissions` (shares of the EMA prices, lowered by the miner
 * burn, renormalised over the subnets whose TAO-side emission is enabled) and `get_network_root_sell_flag`.
 */
import { type NetUid, U64F64, type U96F32 } from '@taonet/primitives';
import { NetworkRegistrationAllowed } from '../subnets/hyperparameters.js';
import { FirstEmissionBlockNumber, SubnetEmissionEnabled, SubtokenEnabled } from '../subnets/schema.js';
import { getMovingAlphaPrice } from '../subnets/subnetPricing.js';
import { ROOT_NETUID } from '../subnets/subnetRegistry.js';
import type { StateContext } from '../swap/swapApi.js';
import { computeEmissionShares, computeSubnetTaoEmission } from './math/emissionShares.js';
import { MinerBurned } from './schema.js';

/** `get_subnets_to_emit_to`: started (`FirstEmissionBlockNumber` set), subtoken enabled, registration open. */
export function getSubnetsToEmitTo(ctx: StateContext, subnets: readonly NetUid[]): NetUid[] {
  const { state } = ctx;
  return subnets.filter(
    (netuid) =>
      netuid !== ROOT_NETUID &&
      FirstEmissionBlockNumber.contains(state, [netuid]) &&
      SubtokenEnabled.get(state, [netuid]) &&
      NetworkRegistrationAllowed.get(state, [netuid]),
  );
}

/** `get_subnet_block_emissions`: each emitting subnet's TAO emission (U96F32), in the given order. */
export function getSubnetBlockEmissions(
  ctx: StateContext,
  subnets: readonly NetUid[],
  blockEmission: bigint,
): Map<NetUid, U96F32> {
  const shares = computeEmissionShares(
    subnets.map((netuid) => ({
      movingPrice: getMovingAlphaPrice(ctx, netuid),
      minerBurned: MinerBurned.get(ctx.state, [netuid]),
      emissionEnabled: SubnetEmissionEnabled.get(ctx.state, [netuid]),
    })),
  );
  return new Map(
    subnets.map((netuid, i) => [netuid, computeSubnetTaoEmission(blockEmission, shares[i] ?? U64F64.ZERO)]),
  );
}

/** `get_network_root_sell_flag`: root alpha accumulates only while Σ EMA prices > 1. */
export function getNetworkRootSellFlag(ctx: StateContext, subnets: readonly NetUid[]): boolean {
  let total = U64F64.ZERO;
  for (const netuid of subnets) total = U64F64.saturatingAdd(total, getMovingAlphaPrice(ctx, netuid));
  return total > U64F64.ONE;
}
