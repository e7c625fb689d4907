/**
 * `weighted_median`: stake-weighted median by a deterministic mid-pivot quickselect over `partitionIdx`
 * (ported literally: the pivot choice decides ties). Returns the largest score such that the stake
 * voting at or above it exceeds `minority`; 0 when the inputs disagree in length or the partition is empty.
 */
import { I32F32 } from '@taonet/primitives';

export function weightedMedian(
  stake: readonly I32F32[],
  score: readonly I32F32[],
  partitionIdx: readonly number[],
  minority: I32F32,
  partitionLo: I32F32,
  partitionHi: I32F32,
): I32F32 {
  if (stake.length !== score.length) return I32F32.ZERO;
  let current = [...partitionIdx];
  let lo = partitionLo;
  let hi = partitionHi;
  const limit = partitionIdx.length;
  for (let iteration = 0; iteration <= limit; iteration++) {
    const n = current.length;
    if (n === 0) return I32F32.ZERO;
    if (n === 1) return score[current[0] as number] ?? I32F32.ZERO;
    const pivot = score[current[n >> 1] ?? 0] ?? I32F32.ZERO;
    const lower: number[] = [];
    const upper: number[] = [];
    let loStake = I32F32.ZERO;
    let hiStake = I32F32.ZERO;
    for (const idx of current) {
      const value = score[idx] ?? I32F32.ZERO;
      if (value === pivot) continue;
      if (value < pivot) {
        loStake = I32F32.saturatingAdd(loStake, stake[idx] ?? I32F32.ZERO);
        lower.push(idx);
      } else {
        hiStake = I32F32.saturatingAdd(hiStake, stake[idx] ?? I32F32.ZERO);
        upper.push(idx);
      }
    }
    if (minority < I32F32.saturatingAdd(lo, loStake) && lower.length > 0) {
      current = lower;
      hi = I32F32.saturatingAdd(lo, loStake);
    } else if (I32F32.saturatingSub(hi, hiStake) <= minority && upper.length > 0) {
      current = upper;
      lo = I32F32.saturatingSub(hi, hiStake);
    } else {
      return pivot;
    }
  }
  return I32F32.ZERO;
}
