/**
 * Epoch scheduling and execution for one block (economics.md §2.7.1, `drain_pending` then
 * `distribute_emissions_to_subnets`): every non-root subnet, in storage order, ages `BlocksSinceLastStep`;
 * a due subnet beyond `MaxEpochsPerBlock` is deferred one block (`EpochDeferred`); a due subnet with
 * duplicate hotkeys in `Keys` is skipped (`EpochSkipped`, its pending emission keeps accumulating); both a
 * run and a skip consume the slot (`LastEpochBlock`, `PendingEpochAt = 0`, `SubnetEpochIndex += 1`).
 * Then each subnet that runs gets `epochWithMechanisms` on the emission the caller drains for it, its
 * outputs are persisted and `LastMechansimStepBlock` is stamped. The per-uid results go back to the caller
 * (the coinbase) to distribute.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { epochWithMechanisms, type MechanismsEpochOutputs } from '../epoch/index.js';
import { Keys } from '../neurons/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import {
  BlocksSinceLastStep,
  LastEpochBlock,
  LastMechansimStepBlock,
  MaxEpochsPerBlock,
  NetworksAdded,
  PendingEpochAt,
  SubnetEpochIndex,
} from '../subnets/schema.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { shouldRunEpochAt } from './epochSchedule.js';
import { readMechanismEpochInputs } from './readEpochInputs.js';
import { writeEpochOutputs } from './writeEpochOutputs.js';

const U64_MAX = (1n << 64n) - 1n;

export interface ScheduledEpochsOpts {
  /**
   * The emission (alpha rao) a subnet whose epoch runs distributes: the coinbase takes and zeroes its
   * pending amounts here (called once per running subnet, during the scheduling pass).
   */
  readonly takePendingEmission: (ctx: DispatchContext, netuid: NetUid) => bigint;
}

/** One uid's share of the epoch: `epoch_with_mechanisms`' `(hotkey, incentive, dividend)` per uid. */
export interface HotkeyEmission {
  readonly uid: number;
  readonly hotkey: AccountId;
  /** incentive (miner) emission, rao */
  readonly serverEmission: bigint;
  /** dividends (validator) emission, rao */
  readonly validatorEmission: bigint;
}

export interface SubnetEpochResult {
  readonly netuid: NetUid;
  readonly raoEmission: bigint;
  readonly hotkeyEmissions: HotkeyEmission[];
  readonly outputs: MechanismsEpochOutputs;
}

/** `is_epoch_input_state_consistent`: no hotkey holds two uids. */
export function isEpochInputStateConsistent(state: OverlayState, netuid: NetUid): boolean {
  const seen = new Set<string>();
  for (const [, hotkey] of Keys.entries(state, [netuid])) {
    if (seen.has(hotkey)) return false;
    seen.add(hotkey);
  }
  return true;
}

/** Non-root subnets in storage (key) order, as subtensor iterates `NetworksAdded`. */
export function getSubnetsInStorageOrder(state: OverlayState): NetUid[] {
  const out: NetUid[] = [];
  for (const [[netuid], added] of NetworksAdded.entries(state)) if (added && netuid !== 0) out.push(netuid);
  return out;
}

/** The scheduling pass (`drain_pending`): advances every due subnet's schedule; returns who runs. */
export function scheduleEpochs(ctx: DispatchContext, opts: ScheduledEpochsOpts): Map<NetUid, bigint> {
  const { state } = ctx;
  const block = BigInt(ctx.block.number);
  const maxEpochs = MaxEpochsPerBlock.get(state);
  const due = new Map<NetUid, bigint>();
  for (const netuid of getSubnetsInStorageOrder(state)) {
    BlocksSinceLastStep.mutate(state, [netuid], (blocks) => (blocks < U64_MAX ? blocks + 1n : blocks));
    if (!shouldRunEpochAt(state, netuid, block)) continue;
    if (due.size >= maxEpochs) {
      PendingEpochAt.set(state, [netuid], block + 1n);
      const data = { netuid, fromBlock: block, toBlock: block + 1n };
      ctx.events.emit({ pallet: SUBTENSOR, name: 'EpochDeferred', data });
      continue;
    }
    if (isEpochInputStateConsistent(state, netuid)) {
      BlocksSinceLastStep.set(state, [netuid], 0n);
      due.set(netuid, opts.takePendingEmission(ctx, netuid));
    } else {
      ctx.events.emit({ pallet: SUBTENSOR, name: 'EpochSkipped', data: { netuid, block } });
    }
    LastEpochBlock.set(state, [netuid], block);
    PendingEpochAt.set(state, [netuid], 0n);
    SubnetEpochIndex.mutate(state, [netuid], (index) => (index < U64_MAX ? index + 1n : index));
  }
  return due;
}

/** Runs, persists and reports one subnet's epoch over all its mechanisms. */
export function runSubnetEpoch(ctx: DispatchContext, netuid: NetUid, raoEmission: bigint): SubnetEpochResult {
  const { state } = ctx;
  const block = BigInt(ctx.block.number);
  const { inputs, params } = readMechanismEpochInputs(state, netuid, block, raoEmission);
  const outputs = epochWithMechanisms(inputs, params);
  writeEpochOutputs(state, netuid, outputs);
  LastMechansimStepBlock.set(state, [netuid], block);
  const hotkeyEmissions: HotkeyEmission[] = [];
  const { serverEmission, validatorEmission } = outputs.aggregated;
  for (let uid = 0; uid < inputs.n; uid++) {
    const hotkey = Keys.getOption(state, [netuid, uid]);
    if (hotkey === undefined) continue;
    hotkeyEmissions.push({
      uid,
      hotkey,
      serverEmission: serverEmission[uid] ?? 0n,
      validatorEmission: validatorEmission[uid] ?? 0n,
    });
  }
  return { netuid, raoEmission, hotkeyEmissions, outputs };
}

/** The per-block hook: schedule, then run every due subnet's epoch in netuid order. */
export function runScheduledEpochs(ctx: DispatchContext, opts: ScheduledEpochsOpts): SubnetEpochResult[] {
  const due = scheduleEpochs(ctx, opts);
  // deterministic: netuids are distinct integers, sorted ascending as subtensor's BTreeMap iterates them
  const netuids = [...due.keys()].sort((a, b) => a - b);
  return netuids.map((netuid) => runSubnetEpoch(ctx, netuid, due.get(netuid) ?? 0n));
}
