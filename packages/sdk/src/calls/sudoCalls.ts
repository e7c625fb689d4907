/** `Sudo` calls (pallet 12): run a call with the root origin, signed by the sudo key. */
import { Struct } from 'scale-ts';
import { MultiAddressCodec } from './balancesCalls.js';
import { defineCall, NestedCallCodec } from './defineCall.js';

export const sudoCall = defineCall({
  pallet: 'Sudo',
  name: 'sudo',
  index: 0,
  args: Struct({ call: NestedCallCodec }),
});

export const sudoAsCall = defineCall({
  pallet: 'Sudo',
  name: 'sudo_as',
  index: 3,
  args: Struct({ who: MultiAddressCodec, call: NestedCallCodec }),
});

export const setSudoKeyCall = defineCall({
  pallet: 'Sudo',
  name: 'set_key',
  index: 2,
  args: Struct({ new: MultiAddressCodec }),
});
