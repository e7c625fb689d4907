/** Who dispatches a call: a signed account, the root (sudo) origin, or nobody (inherents). */
import type { AccountId } from '@taonet/primitives';
import { defineErrors } from './dispatchError.js';

export type Origin =
  | { readonly kind: 'signed'; readonly who: AccountId }
  | { readonly kind: 'root' }
  | { readonly kind: 'none' };

export const signed = (who: AccountId): Origin => ({ kind: 'signed', who });
export const root: Origin = { kind: 'root' };
export const none: Origin = { kind: 'none' };

export const OriginErrors = defineErrors('System', {
  BadOrigin: 'The call needs a different origin (signed, root or none).',
  CallFiltered: 'The call is not allowed in this context.',
});

export function ensureSigned(origin: Origin): AccountId {
  if (origin.kind !== 'signed') throw OriginErrors.BadOrigin('a signed origin is required');
  return origin.who;
}

export function ensureRoot(origin: Origin): void {
  if (origin.kind !== 'root') throw OriginErrors.BadOrigin('the root origin is required');
}
