/**
 * §1.4 Active stake: the stake of active, permitted validators, renormalised. Masks follow
 * `inplace_mask_vector`: a missing mask entry counts as masked, an empty mask masks nothing.
 */
import type { I32F32 } from '@taonet/primitives';
import { inplaceMaskVector, inplaceNormalize } from './math/index.js';

export function computeActiveStake(
  stake: readonly I32F32[],
  inactive: readonly boolean[],
  validatorForbids: readonly boolean[],
): I32F32[] {
  const activeStake = [...stake];
  inplaceMaskVector(inactive, activeStake);
  inplaceMaskVector(validatorForbids, activeStake);
  inplaceNormalize(activeStake);
  return activeStake;
}
