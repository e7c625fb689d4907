/**
 * `try_associate_hotkey(hotkey)` [91]: an unowned hotkey becomes the signing coldkey's (`Owner`,
 * `OwnedHotkeys`, `StakingHotkeys`) without registering anywhere; an owned one is left as it is.
 */
import { AccountIdCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { createAccountIfNonExistent } from '../../neurons/hotkeyOwnership.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';

export const tryAssociateHotkey = defineCall({
  pallet: SUBTENSOR,
  index: 91,
  name: 'try_associate_hotkey',
  args: Struct({ hotkey: AccountIdCodec }),
  pays: true,
  docs: 'Claim an unowned hotkey for the signing coldkey without registering it.',
  dispatch(ctx, origin, { hotkey }) {
    createAccountIfNonExistent(ctx.state, ensureSigned(origin), hotkey);
  },
});
