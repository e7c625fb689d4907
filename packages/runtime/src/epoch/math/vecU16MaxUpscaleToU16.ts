/** `vec_u16_max_upscale_to_u16`: what `set_weights` stores — the u16 values max-upscaled to 65535. */
import { I32F32 } from '@taonet/primitives';
import { vecMaxUpscaleToU16 } from './vecMaxUpscaleToU16.js';

export function vecU16MaxUpscaleToU16(values: readonly number[]): number[] {
  return vecMaxUpscaleToU16(values.map((e) => I32F32.saturatingFromInt(e)));
}
