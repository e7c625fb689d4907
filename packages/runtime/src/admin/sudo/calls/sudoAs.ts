/** `sudo_as(who, call)` [3]: the sudo key dispatches `call` signed by `who` (`SudoAsDone { sudoResult }`). */
import { Struct } from 'scale-ts';
import { lookupAddress, MultiAddressCodec } from '../../../balances/calls/transfers.js';
import { defineCall } from '../../../dispatch/callDef.js';
import { signed } from '../../../dispatch/origin.js';
import { ensureSudo, SUDO, type SudoModules } from '../schema.js';
import { dispatchAsResult } from './dispatchResult.js';

export function createSudoAsCall(modules: SudoModules) {
  return defineCall({
    pallet: SUDO,
    index: 3,
    name: 'sudo_as',
    args: Struct({ who: MultiAddressCodec, call: modules.callCodec }),
    pays: false,
    docs: 'Dispatch a call signed by another account (sudo key only).',
    dispatch(ctx, origin, { who, call }) {
      ensureSudo(ctx, origin);
      const sudoResult = dispatchAsResult(modules, ctx, signed(lookupAddress(who)), call);
      ctx.events.emit({ pallet: SUDO, name: 'SudoAsDone', data: { sudoResult } });
    },
  });
}
