/**
 * The pool of a newly registered subnet (`do_register_network`): `pool_tao = max(paid_lock, NetworkMinLockCost)`,
 * `pool_alpha = floor(pool_tao / median_price)` where the median is over the other subnets' spot prices
 * (1.0 when none).
 */
import { U64F64 } from '@taonet/primitives';

export interface NewSubnetPool {
  readonly subnetTao: bigint;
  readonly subnetAlphaIn: bigint;
}

export function computeNewSubnetPool(
  paidLock: bigint,
  minLockCost: bigint,
  medianPrice: U64F64,
): NewSubnetPool {
  const subnetTao = paidLock > minLockCost ? paidLock : minLockCost;
  const alpha = U64F64.safeDiv(U64F64.saturatingFromInt(subnetTao), medianPrice);
  return { subnetTao, subnetAlphaIn: U64F64.toU64(alpha) };
}
