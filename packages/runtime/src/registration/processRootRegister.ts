/**
 * `do_root_register` (economics.md §5.5): a hotkey joins the root network without a burn. At most
 * `MaxRegistrationsPerBlock` per block and `3 * TargetRegistrationsPerInterval` per interval; when root is full
 * the member with the lowest root stake (first such uid) is replaced, and only by a strictly higher stake
 * (`StakeTooLowForRoot`). Every root member becomes a delegate (18% take by default).
 */
import type { AccountId } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { createAccountIfNonExistent } from '../neurons/hotkeyOwnership.js';
import { isHotkeyRegisteredOnNetwork } from '../neurons/neuronRegistry.js';
import { appendNeuron, replaceNeuron } from '../neurons/neuronSlots.js';
import { Keys, SubnetworkN } from '../neurons/schema.js';
import { Delegates } from '../staking/schema.js';
import { getHotkeyStake } from '../staking/stakeAccounting.js';
import type { OverlayState } from '../state/overlayState.js';
import {
  MaxAllowedUids,
  MaxRegistrationsPerBlock,
  RegistrationsThisBlock,
  RegistrationsThisInterval,
  TargetRegistrationsPerInterval,
} from '../subnets/hyperparameters.js';
import { ROOT_NETUID, subnetExists } from '../subnets/subnetRegistry.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';

/** `InitialDefaultDelegateTake`: 11_796 / 65_535 = 18%. */
export const DEFAULT_DELEGATE_TAKE = 11_796;

/** The root member with the lowest root stake (the first in uid order on ties). */
function lowestRootStake(state: OverlayState): { uid: number; stake: bigint } {
  let lowest = { uid: 0, stake: (1n << 64n) - 1n };
  for (const [[, uid], hotkey] of Keys.entries(state, [ROOT_NETUID])) {
    const stake = getHotkeyStake(state, hotkey, ROOT_NETUID);
    if (stake < lowest.stake) lowest = { uid, stake };
  }
  return lowest;
}

function checkRootRegister(ctx: DispatchContext, hotkey: AccountId): void {
  const { state } = ctx;
  const key: [typeof ROOT_NETUID] = [ROOT_NETUID];
  ensure(
    RegistrationsThisBlock.get(state, key) < MaxRegistrationsPerBlock.get(state, key),
    SubtensorErrors.TooManyRegistrationsThisBlock,
  );
  ensure(
    RegistrationsThisInterval.get(state, key) < 3 * TargetRegistrationsPerInterval.get(state, key),
    SubtensorErrors.TooManyRegistrationsThisInterval,
  );
  ensure(
    !isHotkeyRegisteredOnNetwork(state, ROOT_NETUID, hotkey),
    SubtensorErrors.HotKeyAlreadyRegisteredInSubNet,
  );
}

/** Register `hotkey` (for `coldkey`) on root; returns its root uid. */
export function processRootRegister(ctx: DispatchContext, coldkey: AccountId, hotkey: AccountId): number {
  const { state } = ctx;
  const block = BigInt(ctx.block.number);
  checkRootRegister(ctx, hotkey);
  createAccountIfNonExistent(state, coldkey, hotkey);
  let uid: number;
  if (SubnetworkN.get(state, [ROOT_NETUID]) < MaxAllowedUids.get(state, [ROOT_NETUID])) {
    uid = appendNeuron(state, ROOT_NETUID, hotkey, block);
  } else {
    const lowest = lowestRootStake(state);
    ensure(lowest.stake < getHotkeyStake(state, hotkey, ROOT_NETUID), SubtensorErrors.StakeTooLowForRoot);
    replaceNeuron(state, ROOT_NETUID, lowest.uid, hotkey, block);
    uid = lowest.uid;
  }
  if (!Delegates.contains(state, [hotkey])) Delegates.set(state, [hotkey], DEFAULT_DELEGATE_TAKE);
  RegistrationsThisInterval.mutate(state, [ROOT_NETUID], (n) => Math.min(n + 1, 65_535));
  RegistrationsThisBlock.mutate(state, [ROOT_NETUID], (n) => Math.min(n + 1, 65_535));
  ctx.events.emit({
    pallet: SUBTENSOR,
    name: 'NeuronRegistered',
    data: { netuid: ROOT_NETUID, uid, hotkey },
  });
  return uid;
}

/** Whether root exists (`RootNetworkDoesNotExist` otherwise): checked before the origin, as subtensor does. */
export function ensureRootNetworkExists(ctx: DispatchContext): void {
  ensure(subnetExists(ctx.state, ROOT_NETUID), SubtensorErrors.RootNetworkDoesNotExist);
}
