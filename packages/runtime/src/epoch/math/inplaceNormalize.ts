/** `inplace_normalize`: x_i = safe_div(x_i, Σx) in place (plain wrapping sum); unchanged when Σx == 0. */
import { I32F32 } from '@taonet/primitives';

export function inplaceNormalize(x: I32F32[]): void {
  const sum = I32F32.sum(x);
  if (sum === I32F32.ZERO) return;
  for (let i = 0; i < x.length; i++) x[i] = I32F32.safeDiv(x[i] as I32F32, sum);
}
