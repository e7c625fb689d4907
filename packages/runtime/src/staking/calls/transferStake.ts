/**
 * `transfer_stake(destination_coldkey, hotkey, origin_netuid, destination_netuid, alpha_amount)` [86]: give
 * stake on a hotkey to another coldkey, optionally on another subnet; `TransferToggle` must be on for both
 * subnets (economics.md §4.4). Event `StakeTransferred(origin_coldkey, destination_coldkey, hotkey,
 * origin_netuid, destination_netuid, tao)`.
 */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { Struct, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import type { StakingModules } from '../stakingModules.js';
import { transitionStake } from '../transitionStake.js';

export function createTransferStakeCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 86,
    name: 'transfer_stake',
    args: Struct({
      destination_coldkey: AccountIdCodec,
      hotkey: AccountIdCodec,
      origin_netuid: NetUidCodec,
      destination_netuid: NetUidCodec,
      alpha_amount: u64,
    }),
    pays: true,
    docs: 'Give stake on a hotkey to another coldkey, optionally on another subnet (TransferToggle on both).',
    dispatch(ctx, origin, args) {
      const coldkey = ensureSigned(origin);
      const tao = transitionStake(
        ctx,
        modules,
        {
          originColdkey: coldkey,
          destinationColdkey: args.destination_coldkey,
          originHotkey: args.hotkey,
          destinationHotkey: args.hotkey,
          originNetuid: args.origin_netuid,
          destinationNetuid: args.destination_netuid,
          alpha: args.alpha_amount,
        },
        { checkTransferToggle: true },
      );
      const data = {
        originColdkey: coldkey,
        destinationColdkey: args.destination_coldkey,
        hotkey: args.hotkey,
        originNetuid: args.origin_netuid,
        destinationNetuid: args.destination_netuid,
        tao,
      };
      ctx.events.emit({ pallet: SUBTENSOR, name: 'StakeTransferred', data });
    },
  });
}
