/** `set_key(new)` [2]: the sudo key hands sudo over to another account (`KeyChanged { old, new }`). */
import { Struct } from 'scale-ts';
import { lookupAddress, MultiAddressCodec } from '../../../balances/calls/transfers.js';
import { defineCall } from '../../../dispatch/callDef.js';
import { ensureSudo, SUDO, SudoKey } from '../schema.js';

export const setKey = defineCall({
  pallet: SUDO,
  index: 2,
  name: 'set_key',
  args: Struct({ new: MultiAddressCodec }),
  pays: false,
  docs: 'Make another account the sudo key (sudo key only).',
  dispatch(ctx, origin, args) {
    const old = ensureSudo(ctx, origin);
    const next = lookupAddress(args.new);
    SudoKey.set(ctx.state, next);
    ctx.events.emit({ pallet: SUDO, name: 'KeyChanged', data: { old, new: next } });
  },
});
