/**
 * `sudo(call)` [0] and `sudo_unchecked_weight(call, weight)` [1]: the sudo key dispatches `call` with the
 * root origin. `Pays::No`; the inner result is reported in `Sudid { sudoResult }`.
 */
import { compact, Struct } from 'scale-ts';
import { type BoundCall, type CallDef, defineCall } from '../../../dispatch/callDef.js';
import { root } from '../../../dispatch/origin.js';
import { ensureSudo, SUDO, type SudoModules } from '../schema.js';
import { dispatchAsResult } from './dispatchResult.js';

export function createSudoCall(modules: SudoModules): CallDef<{ call: BoundCall }> {
  return defineCall({
    pallet: SUDO,
    index: 0,
    name: 'sudo',
    args: Struct({ call: modules.callCodec }),
    pays: false,
    docs: 'Dispatch a call with the root origin (sudo key only).',
    dispatch(ctx, origin, { call }) {
      ensureSudo(ctx, origin);
      const sudoResult = dispatchAsResult(modules, ctx, root, call);
      ctx.events.emit({ pallet: SUDO, name: 'Sudid', data: { sudoResult } });
    },
  });
}

const WeightCodec = Struct({ ref_time: compact, proof_size: compact });

export function createSudoUncheckedWeightCall(modules: SudoModules) {
  return defineCall({
    pallet: SUDO,
    index: 1,
    name: 'sudo_unchecked_weight',
    args: Struct({ call: modules.callCodec, weight: WeightCodec }),
    pays: false,
    docs: 'As sudo, with a declared weight (weights are not metered: the weight is ignored).',
    dispatch(ctx, origin, { call }) {
      ensureSudo(ctx, origin);
      const sudoResult = dispatchAsResult(modules, ctx, root, call);
      ctx.events.emit({ pallet: SUDO, name: 'Sudid', data: { sudoResult } });
    },
  });
}
