/** `remove_key()` [4]: the sudo key gives sudo up for good (`KeyRemoved`). */
import { _void } from 'scale-ts';
import { defineCall } from '../../../dispatch/callDef.js';
import { ensureSudo, SUDO, SudoKey } from '../schema.js';

export const removeKey = defineCall({
  pallet: SUDO,
  index: 4,
  name: 'remove_key',
  args: _void,
  pays: false,
  docs: 'Remove the sudo key: no account can use sudo any more (sudo key only).',
  dispatch(ctx, origin) {
    ensureSudo(ctx, origin);
    SudoKey.remove(ctx.state);
    ctx.events.emit({ pallet: SUDO, name: 'KeyRemoved', data: {} });
  },
});
