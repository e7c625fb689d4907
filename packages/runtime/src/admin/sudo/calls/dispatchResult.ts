/**
 * The `sudo_result: DispatchResult` of Sudo's events: an inner call's failure is reported, not raised, so
 * the sudo extrinsic itself succeeds while the inner call's writes are reverted (FRAME's behaviour).
 */
import type { BoundCall, DispatchContext } from '../../../dispatch/callDef.js';
import { DispatchError } from '../../../dispatch/dispatchError.js';
import type { Origin } from '../../../dispatch/origin.js';
import type { SudoModules } from '../schema.js';

export type SudoResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly module: string; readonly error: string; readonly message: string };

export function dispatchAsResult(
  modules: SudoModules,
  ctx: DispatchContext,
  origin: Origin,
  call: BoundCall,
): SudoResult {
  try {
    modules.dispatch(ctx, origin, call);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof DispatchError)) throw error;
    return { ok: false, module: error.pallet, error: error.error, message: error.message };
  }
}
