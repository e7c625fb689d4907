/** `vec_mul`: element-wise a_i · b_i with `checked_mul` (overflow gives 0), length min(|a|, |b|). */
import { I32F32 } from '@taonet/primitives';

export function vecMul(a: readonly I32F32[], b: readonly I32F32[]): I32F32[] {
  const length = Math.min(a.length, b.length);
  const out = new Array<I32F32>(length);
  for (let i = 0; i < length; i++) out[i] = I32F32.checkedMul(a[i] as I32F32, b[i] as I32F32) ?? I32F32.ZERO;
  return out;
}
