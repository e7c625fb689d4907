/**
 * `move_stake(origin_hotkey, destination_hotkey, origin_netuid, destination_netuid, alpha_amount)` [85]:
 * move the coldkey's own stake to another hotkey and/or subnet (economics.md §4.4: shares within a subnet,
 * one swap fee across subnets). Event `StakeMoved(coldkey, origin_hotkey, origin_netuid,
 * destination_hotkey, destination_netuid, tao)`.
 */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { Struct, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import type { StakingModules } from '../stakingModules.js';
import { transitionStake } from '../transitionStake.js';

export function createMoveStakeCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 85,
    name: 'move_stake',
    args: Struct({
      origin_hotkey: AccountIdCodec,
      destination_hotkey: AccountIdCodec,
      origin_netuid: NetUidCodec,
      destination_netuid: NetUidCodec,
      alpha_amount: u64,
    }),
    pays: true,
    docs: "Move the coldkey's stake to another hotkey and/or subnet (one swap fee across subnets).",
    dispatch(ctx, origin, args) {
      const coldkey = ensureSigned(origin);
      const tao = transitionStake(
        ctx,
        modules,
        {
          originColdkey: coldkey,
          destinationColdkey: coldkey,
          originHotkey: args.origin_hotkey,
          destinationHotkey: args.destination_hotkey,
          originNetuid: args.origin_netuid,
          destinationNetuid: args.destination_netuid,
          alpha: args.alpha_amount,
        },
        { checkTransferToggle: false },
      );
      const data = {
        coldkey,
        originHotkey: args.origin_hotkey,
        originNetuid: args.origin_netuid,
        destinationHotkey: args.destination_hotkey,
        destinationNetuid: args.destination_netuid,
        tao,
      };
      ctx.events.emit({ pallet: SUBTENSOR, name: 'StakeMoved', data });
    },
  });
}
