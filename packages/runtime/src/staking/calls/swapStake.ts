/**
 * `swap_stake(hotkey, origin_netuid, destination_netuid, alpha_amount)` [87]: move stake of one (coldkey,
 * hotkey) to another subnet, sold on one pool and bought on the other (one swap fee). Event
 * `StakeSwapped(coldkey, hotkey, origin_netuid, destination_netuid, tao)`.
 */
import { type AccountId, AccountIdCodec, type NetUid, NetUidCodec } from '@taonet/primitives';
import { Struct, u64 } from 'scale-ts';
import { type DispatchContext, defineCall } from '../../dispatch/callDef.js';
import { ensureSigned, type Origin } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import type { StakingModules } from '../stakingModules.js';
import { type TransitionOpts, transitionStake } from '../transitionStake.js';

interface SwapStakeArgs {
  readonly hotkey: AccountId;
  readonly origin_netuid: NetUid;
  readonly destination_netuid: NetUid;
  readonly alpha_amount: bigint;
}

export function swapStake(
  ctx: DispatchContext,
  modules: StakingModules,
  origin: Origin,
  args: SwapStakeArgs,
  opts: TransitionOpts,
): void {
  const coldkey = ensureSigned(origin);
  const { hotkey } = args;
  const tao = transitionStake(
    ctx,
    modules,
    {
      originColdkey: coldkey,
      destinationColdkey: coldkey,
      originHotkey: hotkey,
      destinationHotkey: hotkey,
      originNetuid: args.origin_netuid,
      destinationNetuid: args.destination_netuid,
      alpha: args.alpha_amount,
    },
    opts,
  );
  const data = {
    coldkey,
    hotkey,
    originNetuid: args.origin_netuid,
    destinationNetuid: args.destination_netuid,
    tao,
  };
  ctx.events.emit({ pallet: SUBTENSOR, name: 'StakeSwapped', data });
}

export const swapStakeFields = {
  hotkey: AccountIdCodec,
  origin_netuid: NetUidCodec,
  destination_netuid: NetUidCodec,
  alpha_amount: u64,
};

export function createSwapStakeCall(modules: StakingModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 87,
    name: 'swap_stake',
    args: Struct(swapStakeFields),
    pays: true,
    docs: 'Move stake of the same hotkey to another subnet (sold on one pool, bought on the other).',
    dispatch(ctx, origin, args) {
      swapStake(ctx, modules, origin, args, { checkTransferToggle: false });
    },
  });
}
