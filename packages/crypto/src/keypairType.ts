import { TaonetError } from '@taonet/primitives';

/** The signature schemes of Substrate accounts that taonet supports (Bittensor keys are sr25519). */
export type KeypairType = 'sr25519' | 'ed25519';
export const KEYPAIR_TYPES: readonly KeypairType[] = ['sr25519', 'ed25519'];

export function ensureKeypairType(type: string): asserts type is KeypairType {
  if (!KEYPAIR_TYPES.includes(type as KeypairType)) {
    throw new TaonetError('INVALID_KEYPAIR_TYPE', `key type must be sr25519 or ed25519, got "${type}"`, {
      details: { type },
    });
  }
}
