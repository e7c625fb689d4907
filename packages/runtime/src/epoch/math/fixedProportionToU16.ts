/** `fixed_proportion_to_u16`: floor(x · 65535), saturating to [0, 65535]. */
import { I32F32 } from '@taonet/primitives';

const U16_MAX_FIXED = I32F32.fromInt(65535);

export function fixedProportionToU16(x: I32F32): number {
  return I32F32.toU16(I32F32.saturatingMul(x, U16_MAX_FIXED));
}
