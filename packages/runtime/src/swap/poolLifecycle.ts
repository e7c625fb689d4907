/**
 * A pool's life outside of trades: seeded at subnet registration, its balancer initialised by the first
 * swap (or from a price hint), reweighted by emission injections, emptied at dissolution.
 */
import { type NetUid, saturatingAddU64, saturatingSubU64, type U64F64 } from '@taonet/primitives';
import { TotalStake } from '../staking/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { adjustProtocolLiquidity, initialQuoteWeight } from './math/balancerWeights.js';
import {
  DYNAMIC_MECHANISM,
  FeeRate,
  PalSwapInitialized,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetMechanism,
  SubnetTAO,
  SubnetVolume,
  SwapBalancer,
  SwapErrors,
} from './schema.js';
import type { DissolvedPool } from './swapApi.js';

/** `maybe_initialize_palswap`: weights 0.5 without a price, `y / (p*x + y)` with one; once per pool. */
export function maybeInitializePool(state: OverlayState, netuid: NetUid, price?: U64F64): void {
  if (PalSwapInitialized.get(state, [netuid])) return;
  const tao = SubnetTAO.get(state, [netuid]);
  const alpha = SubnetAlphaIn.get(state, [netuid]);
  const weight = initialQuoteWeight(tao, alpha, price ?? null);
  if (weight === null) throw SwapErrors.ReservesOutOfBalance();
  SwapBalancer.set(state, [netuid], { quote: weight });
  PalSwapInitialized.set(state, [netuid], true);
}

/** `adjust_protocol_liquidity`: the stored weights are updated only when the new ones stay in bounds. */
export function adjustPoolWeights(
  state: OverlayState,
  netuid: NetUid,
  taoDelta: bigint,
  alphaDelta: bigint,
): { readonly tao: bigint; readonly alpha: bigint } {
  const tao = SubnetTAO.get(state, [netuid]);
  const alpha = SubnetAlphaIn.get(state, [netuid]);
  const weight = SwapBalancer.get(state, [netuid]).quote;
  const adjusted = adjustProtocolLiquidity(weight, tao, alpha, taoDelta, alphaDelta);
  if (adjusted.ok) SwapBalancer.set(state, [netuid], { quote: adjusted.quoteWeight });
  return { tao: adjusted.injectedTao, alpha: adjusted.injectedAlpha };
}

/**
 * The pool of a newly registered subnet (`do_register_network` step 8): dynamic, reserves (tao, alpha), no
 * alpha outstanding, volume 0, TotalStake += tao, fresh swap state (weights 0.5 from the first swap).
 */
export function initializeNewSubnetPool(
  state: OverlayState,
  netuid: NetUid,
  tao: bigint,
  alpha: bigint,
): void {
  SubnetMechanism.set(state, [netuid], DYNAMIC_MECHANISM);
  SubnetTAO.set(state, [netuid], tao);
  SubnetAlphaIn.set(state, [netuid], alpha);
  SubnetAlphaOut.set(state, [netuid], 0n);
  SubnetVolume.set(state, [netuid], 0n);
  TotalStake.mutate(state, (total) => saturatingAddU64(total, tao));
  for (const item of [SwapBalancer, PalSwapInitialized, FeeRate]) item.remove(state, [netuid]);
}

/**
 * Dissolution: the TAO reserve leaves TotalStake (the caller pays it out to stakers, as
 * `destroy_alpha_in_out_stakes` does), then the reserves, counters and swap state are removed
 * (`clear_protocol_liquidity` and the pool part of `remove_network`).
 */
export function dissolvePool(state: OverlayState, netuid: NetUid): DissolvedPool {
  const pool = {
    tao: SubnetTAO.get(state, [netuid]),
    alphaIn: SubnetAlphaIn.get(state, [netuid]),
    alphaOut: SubnetAlphaOut.get(state, [netuid]),
  };
  TotalStake.mutate(state, (total) => saturatingSubU64(total, pool.tao));
  for (const item of [SubnetTAO, SubnetAlphaIn, SubnetAlphaOut, SubnetVolume, SubnetMechanism]) {
    item.remove(state, [netuid]);
  }
  for (const item of [SwapBalancer, PalSwapInitialized, FeeRate]) item.remove(state, [netuid]);
  return pool;
}

/** `recycle_subnet_alpha`: alpha leaves the issuance, so the subnet's alpha halving comes later. */
export function recycleSubnetAlpha(state: OverlayState, netuid: NetUid, amount: bigint): void {
  if (amount > 0n) SubnetAlphaOut.mutate(state, [netuid], (out) => saturatingSubU64(out, amount));
}
