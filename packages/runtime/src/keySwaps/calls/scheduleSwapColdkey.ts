/** `schedule_swap_coldkey(new_coldkey)` [73]: replaced by the announcement scheme, always `Deprecated`. */
import { AccountIdCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';

export const scheduleSwapColdkey = defineCall({
  pallet: SUBTENSOR,
  index: 73,
  name: 'schedule_swap_coldkey',
  args: Struct({ new_coldkey: AccountIdCodec }),
  pays: true,
  docs: 'Deprecated: use announce_coldkey_swap and swap_coldkey_announced.',
  dispatch() {
    throw SubtensorErrors.Deprecated();
  },
});
