/** `Balances` calls (pallet 5): TAO transfers, and the root-only balance setter. */
import { AccountIdCodec } from '@taonet/primitives';
import { Bytes, bool, compact, Enum, Struct } from 'scale-ts';
import { defineCall } from './defineCall.js';

/** Substrate's `MultiAddress`; the SDK always sends `Id`. */
export const MultiAddressCodec = Enum({
  Id: AccountIdCodec,
  Index: compact,
  Raw: Bytes(),
  Address32: Bytes(32),
  Address20: Bytes(20),
});
export type MultiAddress = ReturnType<typeof MultiAddressCodec.dec>;

const TransferArgs = Struct({ dest: MultiAddressCodec, value: compact });

export const transferAllowDeathCall = defineCall({
  pallet: 'Balances',
  name: 'transfer_allow_death',
  index: 0,
  args: TransferArgs,
});

export const transferKeepAliveCall = defineCall({
  pallet: 'Balances',
  name: 'transfer_keep_alive',
  index: 3,
  args: TransferArgs,
});

export const transferAllCall = defineCall({
  pallet: 'Balances',
  name: 'transfer_all',
  index: 4,
  args: Struct({ dest: MultiAddressCodec, keep_alive: bool }),
});

export const forceSetBalanceCall = defineCall({
  pallet: 'Balances',
  name: 'force_set_balance',
  index: 8,
  args: Struct({ who: MultiAddressCodec, new_free: compact }),
});
