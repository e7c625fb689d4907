/**
 * Block steps 5 and 6 (economics.md §2.1, §2.10): after the coinbase used them, the moving (EMA) prices of the
 * emitting subnets take one step towards the spot price (capped at 1.0 inside the EMA), and `RootProp`
 * records root's proportion of each emitting subnet.
 */
import { type NetUid, saturatingAddU64 } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { TaoWeight } from '../staking/schema.js';
import { FirstEmissionBlockNumber, SubnetMovingPrice } from '../subnets/schema.js';
import { getAllSubnetNetuids, ROOT_NETUID } from '../subnets/subnetRegistry.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO } from '../swap/schema.js';
import type { StateContext } from '../swap/swapApi.js';
import type { CoinbaseSwap } from './coinbaseModules.js';
import { updateMovingPrice } from './math/movingPrice.js';
import { rootProportion } from './math/rootProportion.js';
import { EMAPriceHalvingBlocks, RootProp, SubnetMovingAlpha } from './schema.js';
import { getSubnetsToEmitTo } from './subnetEmissions.js';

function emittingSubnets(ctx: StateContext): NetUid[] {
  const subnets = getAllSubnetNetuids(ctx.state).filter((netuid) => netuid !== ROOT_NETUID);
  return getSubnetsToEmitTo(ctx, subnets);
}

/** `update_moving_price(netuid)` at the current block. */
export function updateSubnetMovingPrice(
  ctx: DispatchContext,
  swap: Pick<CoinbaseSwap, 'currentAlphaPrice'>,
  netuid: NetUid,
): void {
  const { state } = ctx;
  const next = updateMovingPrice({
    block: BigInt(ctx.block.number),
    firstEmissionBlock: FirstEmissionBlockNumber.getOption(state, [netuid]) ?? null,
    halvingBlocks: EMAPriceHalvingBlocks.get(state, [netuid]),
    movingAlpha: SubnetMovingAlpha.get(state),
    spotPrice: swap.currentAlphaPrice(ctx, netuid),
    movingPrice: SubnetMovingPrice.get(state, [netuid]),
  });
  SubnetMovingPrice.set(state, [netuid], next);
}

/** `update_moving_prices`: every emitting subnet. */
export function updateMovingPrices(
  ctx: DispatchContext,
  swap: Pick<CoinbaseSwap, 'currentAlphaPrice'>,
): void {
  for (const netuid of emittingSubnets(ctx)) updateSubnetMovingPrice(ctx, swap, netuid);
}

/** `root_proportion(netuid)` read from state. */
export function getRootProportion(ctx: StateContext, netuid: NetUid) {
  const { state } = ctx;
  const issuance = saturatingAddU64(SubnetAlphaIn.get(state, [netuid]), SubnetAlphaOut.get(state, [netuid]));
  return rootProportion(SubnetTAO.get(state, [ROOT_NETUID]), TaoWeight.get(state), issuance);
}

/** `update_root_prop`: `RootProp` of every emitting subnet. */
export function updateRootProp(ctx: DispatchContext): void {
  for (const netuid of emittingSubnets(ctx))
    RootProp.set(ctx.state, [netuid], getRootProportion(ctx, netuid));
}
