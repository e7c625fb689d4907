/**
 * `vec_max_upscale_to_u16`: scale so the max becomes 65535, rounded half away from zero, as u16.
 * max > 32768: round(e · safe_div(65535, max)); else round(safe_div(e · 65535, max)); max == 0:
 * floor(e · 65535); empty: empty.
 */
import { I32F32 } from '@taonet/primitives';

const U16_MAX_FIXED = I32F32.fromInt(65535);
const THRESHOLD = I32F32.fromInt(32768);

export function vecMaxUpscaleToU16(values: readonly I32F32[]): number[] {
  if (values.length === 0) return [];
  const max = values.reduce((a, b) => (b > a ? b : a));
  if (max === I32F32.ZERO) return values.map((e) => I32F32.toU16(I32F32.saturatingMul(e, U16_MAX_FIXED)));
  if (max > THRESHOLD) {
    const ratio = I32F32.safeDiv(U16_MAX_FIXED, max);
    return values.map((e) => I32F32.toU16(I32F32.round(I32F32.saturatingMul(e, ratio))));
  }
  return values.map((e) =>
    I32F32.toU16(I32F32.round(I32F32.safeDiv(I32F32.saturatingMul(e, U16_MAX_FIXED), max))),
  );
}
