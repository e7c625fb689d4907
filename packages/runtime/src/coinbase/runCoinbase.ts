/**
 * `run_coinbase(block_emission)` (economics.md §2.2): the block's TAO emission goes to the emitting subnets
 * (pool injection, protocol buys, participants' alpha into pending amounts); the credit left over is never
 * minted (recycled). Then every subnet's epoch schedule advances (`drain_pending`): a subnet whose epoch is
 * due hands its pending amounts to the epoch, and each one that ran is paid out, in netuid order.
 */
import { type NetUid, saturatingAddU64, type U96F32 } from '@taonet/primitives';
import { runSubnetEpoch, type SubnetEpochResult, scheduleEpochs } from '../consensus/runScheduledEpochs.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import type { OverlayState } from '../state/overlayState.js';
import { getAllSubnetNetuids, ROOT_NETUID } from '../subnets/subnetRegistry.js';
import type { CoinbaseModules } from './coinbaseModules.js';
import { distributeEpochEmission, type PendingEmission } from './distributeEmission.js';
import { emitToSubnets } from './emitToSubnets.js';
import {
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  SubnetRootSellTao,
} from './schema.js';
import { getNetworkRootSellFlag, getSubnetBlockEmissions, getSubnetsToEmitTo } from './subnetEmissions.js';
import type { TaoCredit } from './taoCredit.js';

export interface CoinbaseBlock {
  /** the subnets that received emission this block */
  readonly emitting: readonly NetUid[];
  /** each one's TAO emission (U96F32) */
  readonly emissions: ReadonlyMap<NetUid, U96F32>;
  readonly rootSellFlag: boolean;
  /** TAO of the credit left unspent (never minted) */
  readonly recycledTao: bigint;
  /** the epochs that ran and were paid out */
  readonly epochs: readonly SubnetEpochResult[];
}

/** Read and zero a subnet's pending amounts (the draining part of `drain_pending`). */
export function takePendingEmission(state: OverlayState, netuid: NetUid): PendingEmission {
  const take = (item: typeof PendingServerEmission) => {
    const value = item.get(state, [netuid]);
    item.set(state, [netuid], 0n);
    return value;
  };
  return {
    server: take(PendingServerEmission),
    validator: take(PendingValidatorEmission),
    root: take(PendingRootAlphaDivs),
    ownerCut: take(PendingOwnerCut),
  };
}

/** `drain_pending` + `distribute_emissions_to_subnets` */
export function drainAndDistribute(ctx: DispatchContext, modules: CoinbaseModules): SubnetEpochResult[] {
  const drained = new Map<NetUid, PendingEmission>();
  const due = scheduleEpochs(ctx, {
    takePendingEmission: (c, netuid) => {
      const pending = takePendingEmission(c.state, netuid);
      drained.set(netuid, pending);
      return saturatingAddU64(saturatingAddU64(pending.server, pending.validator), pending.root);
    },
  });
  // deterministic: netuids are distinct integers, paid in ascending order (subtensor's BTreeMap)
  const netuids = [...due.keys()].sort((a, b) => a - b);
  return netuids.map((netuid) => {
    const result = runSubnetEpoch(ctx, netuid, due.get(netuid) ?? 0n);
    const pending = drained.get(netuid) ?? { server: 0n, validator: 0n, root: 0n, ownerCut: 0n };
    distributeEpochEmission(ctx, modules, netuid, pending, result.hotkeyEmissions);
    return result;
  });
}

export function runCoinbase(
  ctx: DispatchContext,
  modules: CoinbaseModules,
  credit: TaoCredit,
): CoinbaseBlock {
  const { state } = ctx;
  SubnetRootSellTao.clear(state);
  const subnets = getAllSubnetNetuids(state).filter((netuid) => netuid !== ROOT_NETUID);
  const emitting = getSubnetsToEmitTo(ctx, subnets);
  const emissions = getSubnetBlockEmissions(ctx, emitting, credit.remaining);
  const rootSellFlag = getNetworkRootSellFlag(ctx, emitting);
  emitToSubnets(ctx, modules, emitting, emissions, credit, rootSellFlag);
  const recycledTao = credit.remaining;
  credit.remaining = 0n;
  const epochs = drainAndDistribute(ctx, modules);
  return { emitting, emissions, rootSellFlag, recycledTao, epochs };
}
