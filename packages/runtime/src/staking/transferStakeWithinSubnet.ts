/**
 * `transfer_stake_within_subnet` (economics.md §4.4): stake changes hands or hotkey on one subnet without a
 * swap or a fee. Its TAO value at the spot price must reach `DefaultMinStake`. A destination hotkey staked
 * by someone other than its owner becomes a delegate. Events `StakeRemoved` then `StakeAdded`, fee 0.
 */
import { type AccountId, type NetUid, U64F64 } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { getOwningColdkey } from '../neurons/hotkeyOwnership.js';
import { ROOT_NETUID } from '../subnets/subnetRegistry.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { maybeBecomeDelegate } from './delegation.js';
import { decreaseStake, increaseStake } from './stakeAccounting.js';
import { DEFAULT_MIN_STAKE } from './stakingCallsStorage.js';
import type { StakingModules } from './stakingModules.js';

export interface StakeTransfer {
  readonly originColdkey: AccountId;
  readonly originHotkey: AccountId;
  readonly destinationColdkey: AccountId;
  readonly destinationHotkey: AccountId;
  readonly netuid: NetUid;
  readonly alpha: bigint;
}

/** Returns the TAO equivalent of the alpha moved (`floor(price * alpha)`). */
export function transferStakeWithinSubnet(
  ctx: DispatchContext,
  modules: StakingModules,
  move: StakeTransfer,
): bigint {
  const { netuid, alpha } = move;
  const { state } = ctx;
  const origin = { hotkey: move.originHotkey, coldkey: move.originColdkey, netuid };
  const destination = { hotkey: move.destinationHotkey, coldkey: move.destinationColdkey, netuid };
  decreaseStake(state, origin, alpha);
  if (netuid === ROOT_NETUID) {
    modules.rootStake?.onRootStakeRemoved(ctx, origin.hotkey, origin.coldkey, alpha);
  }
  if (getOwningColdkey(state, destination.hotkey) !== destination.coldkey) {
    maybeBecomeDelegate(state, destination.hotkey);
  }
  increaseStake(state, destination, alpha);
  if (netuid === ROOT_NETUID) {
    modules.rootStake?.onRootStakeAdded(ctx, destination.hotkey, destination.coldkey, alpha);
  }
  const price = modules.swap.currentAlphaPrice(ctx, netuid);
  const tao = U64F64.toU64(U64F64.saturatingMul(price, U64F64.saturatingFromInt(alpha)));
  ensure(tao >= DEFAULT_MIN_STAKE, SubtensorErrors.AmountTooLow);
  const removed = { coldkey: origin.coldkey, hotkey: origin.hotkey, tao, alpha, netuid, fee: 0n };
  ctx.events.emit({ pallet: SUBTENSOR, name: 'StakeRemoved', data: removed });
  const added = { coldkey: destination.coldkey, hotkey: destination.hotkey, tao, alpha, netuid, fee: 0n };
  ctx.events.emit({ pallet: SUBTENSOR, name: 'StakeAdded', data: added });
  return tao;
}
