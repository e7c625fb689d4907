/** `inplace_normalize_64`: the I64F64 `inplace_normalize` (x_i = safe_div(x_i, Σx); unchanged when Σx == 0). */
import { I64F64 } from '@taonet/primitives';

export function inplaceNormalize64(x: I64F64[]): void {
  const sum = I64F64.sum(x);
  if (sum === I64F64.ZERO) return;
  for (let i = 0; i < x.length; i++) x[i] = I64F64.safeDiv(x[i] as I64F64, sum);
}
