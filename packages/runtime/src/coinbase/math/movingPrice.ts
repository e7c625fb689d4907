/**
 * `update_moving_price` (staking/stake_utils.rs): one EMA step of a subnet's moving alpha price.
 *
 * `b = block - (FirstEmissionBlockNumber - 1)`, `alpha = SubnetMovingAlpha * b / (b + EMAPriceHalvingBlocks)`,
 * `new = alpha * min(spot, 1) + (1 - alpha) * old`, all U64F64 (floor), stored as I96F32 (extra fraction
 * bits truncated). The spot price is capped at 1.0 inside the EMA.
 */
import { I96F32, saturatingSubU64, U64F64 } from '@taonet/primitives';

/** `SubnetMovingAlpha` default: I96F32 from_num(0.000003) = 12885 / 2^32 */
export const DEFAULT_SUBNET_MOVING_ALPHA: I96F32 = I96F32.fromBits(12_885n);
/** `EMAPriceHalvingBlocks` default (4 weeks of blocks) */
export const DEFAULT_EMA_PRICE_HALVING_BLOCKS = 201_600n;

export interface MovingPriceStep {
  readonly block: bigint;
  /** `FirstEmissionBlockNumber` (null = not set, read as 0) */
  readonly firstEmissionBlock: bigint | null;
  readonly halvingBlocks: bigint;
  readonly movingAlpha: I96F32;
  /** the current spot price (`current_alpha_price`) */
  readonly spotPrice: U64F64;
  /** the stored `SubnetMovingPrice` before the step */
  readonly movingPrice: I96F32;
}

export function updateMovingPrice(step: MovingPriceStep): I96F32 {
  const startCallBlock = saturatingSubU64(step.firstEmissionBlock ?? 0n, 1n);
  const blocksSinceStartCall = U64F64.saturatingFromInt(saturatingSubU64(step.block, startCallBlock));
  const halvingTime = U64F64.saturatingFromInt(step.halvingBlocks);
  const movingAlpha = U64F64.saturatingFromFixed(I96F32, step.movingAlpha);
  const alpha = U64F64.saturatingMul(
    movingAlpha,
    U64F64.safeDiv(blocksSinceStartCall, U64F64.saturatingAdd(blocksSinceStartCall, halvingTime)),
  );
  const oneMinusAlpha = U64F64.saturatingSub(U64F64.ONE, alpha);
  const currentPrice = U64F64.saturatingMul(alpha, U64F64.min(step.spotPrice, U64F64.ONE));
  const currentMoving = U64F64.saturatingMul(
    oneMinusAlpha,
    U64F64.saturatingFromFixed(I96F32, step.movingPrice),
  );
  return I96F32.saturatingFromFixed(U64F64, U64F64.saturatingAdd(currentPrice, currentMoving));
}
