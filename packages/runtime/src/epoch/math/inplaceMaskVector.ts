/**
 * `inplace_mask_vector`: zero the entries whose mask is true. A missing mask entry (mask shorter than the
 * vector) counts as masked; an empty mask masks nothing (subtensor logs a math error and returns).
 */
import { I32F32 } from '@taonet/primitives';

export function inplaceMaskVector(mask: readonly boolean[], vector: I32F32[]): void {
  if (mask.length === 0) return;
  for (let i = 0; i < vector.length; i++) if (mask[i] ?? true) vector[i] = I32F32.ZERO;
}
