/**
 * §1.3 Validator permits. The epoch masks with the STORED permits (from the previous epoch, any length:
 * a missing entry means "no permit"), the owner always permitted; it computes the next epoch's permits as
 * the top-k non-zero stakes (ties lose at the lower uid), the owner again always permitted.
 */
import type { I32F32 } from '@taonet/primitives';
import { isTopkNonzero } from './math/index.js';

export interface ValidatorPermits {
  /** stored permits, owner forced true */
  readonly permits: boolean[];
  readonly forbids: boolean[];
  /** permits for the next epoch */
  readonly newPermits: boolean[];
}

export function computeValidatorPermits(
  storedPermits: readonly boolean[],
  stake: readonly I32F32[],
  maxAllowedValidators: number,
  ownerUid: number | null,
): ValidatorPermits {
  const permits = [...storedPermits];
  if (ownerUid !== null && ownerUid < permits.length) permits[ownerUid] = true;
  const newPermits = isTopkNonzero(stake, maxAllowedValidators);
  if (ownerUid !== null && ownerUid < newPermits.length) newPermits[ownerUid] = true;
  return { permits, forbids: permits.map((permit) => !permit), newPermits };
}
