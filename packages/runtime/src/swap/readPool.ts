/**
 * Reads of a subnet pool: the reserves and curve as `do_swap` sees them, the spot price
 * (`Pallet::current_price`) and the fee estimate (`calculate_fee_amount`).
 */
import { type NetUid, PERQUINTILL_HALF, U64F64 } from '@taonet/primitives';
import type { OverlayState } from '../state/overlayState.js';
import { calculatePrice } from './math/balancer.js';
import { type BalancerPool, calculateFeeAmount } from './math/doSwap.js';
import {
  DYNAMIC_MECHANISM,
  FeeRate,
  PalSwapInitialized,
  SubnetAlphaIn,
  SubnetMechanism,
  SubnetTAO,
  SwapBalancer,
} from './schema.js';

export function isDynamicPool(state: OverlayState, netuid: NetUid): boolean {
  return SubnetMechanism.get(state, [netuid]) === DYNAMIC_MECHANISM;
}

/**
 * The pool a swap runs on. A swap first calls `maybe_initialize_palswap(netuid, None)`, which sets the
 * weights to 0.5 if the balancer was never initialised, so the quote weight is 0.5 until then.
 */
export function readPool(state: OverlayState, netuid: NetUid, minimumReserve: bigint): BalancerPool {
  const initialized = PalSwapInitialized.get(state, [netuid]);
  return {
    taoReserve: SubnetTAO.get(state, [netuid]),
    alphaReserve: SubnetAlphaIn.get(state, [netuid]),
    quoteWeight: initialized ? SwapBalancer.get(state, [netuid]).quote : PERQUINTILL_HALF,
    feeRate: BigInt(FeeRate.get(state, [netuid])),
    minimumReserve,
  };
}

/** `current_price`: dynamic pools read the stored weights (even before initialisation); stable ones are 1. */
export function readCurrentAlphaPrice(state: OverlayState, netuid: NetUid): U64F64 {
  if (!isDynamicPool(state, netuid)) return U64F64.ONE;
  const alphaReserve = SubnetAlphaIn.get(state, [netuid]);
  if (alphaReserve === 0n) return U64F64.ZERO;
  const quoteWeight = SwapBalancer.get(state, [netuid]).quote;
  return calculatePrice(quoteWeight, alphaReserve, SubnetTAO.get(state, [netuid]));
}

/** `calculate_fee_amount(netuid, amount, drop_fees)`: 0 on stable pools. */
export function readFeeAmount(
  state: OverlayState,
  netuid: NetUid,
  amount: bigint,
  dropFees: boolean,
): bigint {
  if (dropFees || !isDynamicPool(state, netuid)) return 0n;
  return calculateFeeAmount(amount, BigInt(FeeRate.get(state, [netuid])), false);
}
