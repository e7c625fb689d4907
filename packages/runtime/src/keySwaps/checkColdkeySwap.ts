/**
 * The coldkey-swap guard (subtensor's `CheckColdkeySwap` transaction extension, economics.md §6.2): while a
 * coldkey has an announced swap it may only sign the swap calls themselves; once it disputed the swap it may
 * sign nothing (`ColdkeySwapDisputed`) until root resets it. Root and unsigned origins pass. The executive
 * runs it before dispatching a signed extrinsic.
 */
import type { BoundCall } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import type { Origin } from '../dispatch/origin.js';
import type { OverlayState } from '../state/overlayState.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { ColdkeySwapAnnouncements, ColdkeySwapDisputes } from './schema.js';

/** The calls an announced (undisputed) coldkey may still sign. */
export const COLDKEY_SWAP_CALLS: ReadonlySet<string> = new Set([
  'announce_coldkey_swap',
  'swap_coldkey_announced',
  'dispute_coldkey_swap',
  'clear_coldkey_swap_announcement',
]);

/** Throws `ColdkeySwapDisputed` / `ColdkeySwapAnnounced` when `origin` may not dispatch `call`. */
export function checkColdkeySwap(state: OverlayState, origin: Origin, call: BoundCall): void {
  if (origin.kind !== 'signed') return;
  if (!ColdkeySwapAnnouncements.contains(state, [origin.who])) return;
  ensure(!ColdkeySwapDisputes.contains(state, [origin.who]), SubtensorErrors.ColdkeySwapDisputed);
  const allowed = call.pallet === SUBTENSOR && COLDKEY_SWAP_CALLS.has(call.name);
  ensure(allowed, SubtensorErrors.ColdkeySwapAnnounced);
}
