/**
 * Prices that decide a subnet's fate: the median spot price of the subnets (a new subnet's pool is seeded at
 * it) and the EMA price (`SubnetMovingPrice`) by which the cheapest old subnet is pruned at the limit.
 */
import { I96F32, type NetUid, U64F64 } from '@taonet/primitives';
import { SubnetMechanism } from '../swap/schema.js';
import type { StateContext } from '../swap/swapApi.js';
import { computeMedianPrice } from './math/medianPrice.js';
import { NetworkImmunityPeriod, NetworkRegisteredAt, SubnetMovingPrice } from './schema.js';
import { getAllSubnetNetuids, ROOT_NETUID } from './subnetRegistry.js';
import type { SubnetSwap } from './subnetsModules.js';

/** `get_median_subnet_alpha_price`: over every non-root subnet's spot price. */
export function getMedianSubnetAlphaPrice(ctx: StateContext, swap: SubnetSwap): U64F64 {
  const prices = getAllSubnetNetuids(ctx.state)
    .filter((netuid) => netuid !== ROOT_NETUID)
    .map((netuid) => swap.currentAlphaPrice(ctx, netuid));
  return computeMedianPrice(prices);
}

/** `get_moving_alpha_price`: 1.0 for root and stable subnets, else the stored EMA (negative reads as 0). */
export function getMovingAlphaPrice(ctx: StateContext, netuid: NetUid): U64F64 {
  if (netuid === ROOT_NETUID || SubnetMechanism.get(ctx.state, [netuid]) === 0) return U64F64.ONE;
  const moving = SubnetMovingPrice.get(ctx.state, [netuid]);
  return U64F64.saturatingFromFixed(I96F32, moving < 0n ? 0n : moving);
}

/**
 * `get_network_to_prune`: among the subnets past `NetworkImmunityPeriod`, the one with the lowest EMA price,
 * ties to the earliest registered (then the lowest netuid); undefined when every subnet is immune.
 */
export function getNetworkToPrune(ctx: StateContext, block: bigint): NetUid | undefined {
  const immunity = NetworkImmunityPeriod.get(ctx.state);
  let best: { netuid: NetUid; price: U64F64; registeredAt: bigint } | undefined;
  for (const netuid of getAllSubnetNetuids(ctx.state)) {
    if (netuid === ROOT_NETUID) continue;
    const registeredAt = NetworkRegisteredAt.get(ctx.state, [netuid]);
    if (block < registeredAt + immunity) continue;
    const price = getMovingAlphaPrice(ctx, netuid);
    if (
      best === undefined ||
      price < best.price ||
      (price === best.price && registeredAt < best.registeredAt)
    ) {
      best = { netuid, price, registeredAt };
    }
  }
  return best?.netuid;
}
