/**
 * `get_block_emission_for_issuance` (coinbase/block_emission.rs): the halving law, all in I96F32.
 *
 * `k = floor(log2(1 / (1 - I / 21e15)))`, emission = `floor(1e9 / 2^k)`; 0 once `I >= TotalSupply`. The same
 * function gives a subnet's per-block alpha emission from its alpha issuance. The halving level depends on
 * issued TAO only (not on block numbers), so recycling delays halvings.
 */
import { fixedLog2, I96F32 } from '@taonet/primitives';

export const TOTAL_SUPPLY = 21_000_000_000_000_000n;
export const DEFAULT_BLOCK_EMISSION = 1_000_000_000n;

export interface BlockEmissionOpts {
  /** `TotalSupply` (21e15 rao) */
  readonly totalSupply?: bigint;
  /** `DefaultBlockEmission` (1e9 rao) */
  readonly defaultBlockEmission?: bigint;
}

const HALF_SUPPLY_TIMES_TWO = I96F32.saturatingMul(
  I96F32.fromF64(2.0), // float-ok: the Rust code writes from_num(2.0) (an exact f64 literal)
  I96F32.fromF64(10_500_000_000_000_000.0), // float-ok: from_num(10_500_000_000_000_000.0), exact in f64
);

/**
 * The halving level `k` (number of halvings so far) for an issuance, or null where the Rust code returns 0
 * early (issuance at or above the supply) or fails (`Err`, also mapped to emission 0 by its callers).
 */
export function getHalvingLevel(issuance: bigint, opts: BlockEmissionOpts = {}): bigint | null {
  const total = I96F32.saturatingFromInt(issuance);
  if (total >= I96F32.saturatingFromInt(opts.totalSupply ?? TOTAL_SUPPLY)) return null;
  const ratio = I96F32.checkedDiv(total, HALF_SUPPLY_TIMES_TWO);
  if (ratio === null) return null;
  const remaining = I96F32.checkedSub(I96F32.ONE, ratio);
  if (remaining === null) return null;
  const inverse = I96F32.checkedDiv(I96F32.ONE, remaining);
  if (inverse === null) return null;
  const residual = fixedLog2(I96F32, inverse);
  if (residual === null) return null;
  return I96F32.toU64(I96F32.floor(residual));
}

export function getBlockEmissionForIssuance(issuance: bigint, opts: BlockEmissionOpts = {}): bigint {
  const k = getHalvingLevel(issuance, opts);
  if (k === null) return 0n;
  const two = I96F32.fromInt(2);
  let multiplier = I96F32.ONE;
  for (let i = 0n; i < k; i++) multiplier = I96F32.saturatingMul(multiplier, two);
  const percentage = I96F32.safeDiv(I96F32.ONE, multiplier);
  const defaultEmission = I96F32.saturatingFromInt(opts.defaultBlockEmission ?? DEFAULT_BLOCK_EMISSION);
  return I96F32.toU64(I96F32.saturatingMul(percentage, defaultEmission));
}

/**
 * The smallest issuance (rao) whose halving level is at least `k` (emission has dropped k times), found by
 * binary search over [0, TotalSupply]; the supply itself when no smaller issuance reaches level k.
 */
export function findHalvingThreshold(k: bigint, opts: BlockEmissionOpts = {}): bigint {
  const supply = opts.totalSupply ?? TOTAL_SUPPLY;
  const reached = (issuance: bigint) => {
    const level = getHalvingLevel(issuance, opts);
    return level === null || level >= k;
  };
  let low = 0n;
  let high = supply;
  while (low < high) {
    const mid = (low + high) >> 1n;
    if (reached(mid)) high = mid;
    else low = mid + 1n;
  }
  return low;
}
