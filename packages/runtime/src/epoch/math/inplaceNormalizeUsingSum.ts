/** `inplace_normalize_using_sum`: x_i = safe_div(x_i, sum) in place; unchanged when sum == 0. */
import { I32F32 } from '@taonet/primitives';

export function inplaceNormalizeUsingSum(x: I32F32[], sum: I32F32): void {
  if (sum === I32F32.ZERO) return;
  for (let i = 0; i < x.length; i++) x[i] = I32F32.safeDiv(x[i] as I32F32, sum);
}
