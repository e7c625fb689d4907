/**
 * `register(netuid, block_number, nonce, work, hotkey, coldkey)` [6]: the legacy proof-of-work signature. The
 * PoW arguments (and `coldkey`) are ignored: the signer pays the burn exactly as `burned_register`.
 */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { Bytes, Struct, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import type { SubnetsModules } from '../../subnets/subnetsModules.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { processRegistration } from '../processRegistration.js';

export function createRegisterCall(modules: SubnetsModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 6,
    name: 'register',
    args: Struct({
      netuid: NetUidCodec,
      block_number: u64,
      nonce: u64,
      work: Bytes(),
      hotkey: AccountIdCodec,
      coldkey: AccountIdCodec,
    }),
    pays: true,
    docs: 'Legacy registration: the proof-of-work arguments are ignored and the signer pays the burn.',
    dispatch(ctx, origin, { netuid, hotkey }) {
      const coldkey = ensureSigned(origin);
      processRegistration(ctx, { coldkey, netuid, hotkey }, modules.swap);
    },
  });
}
