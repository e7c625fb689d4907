/**
 * `distribute_emission` (economics.md §2.7.2-2.7.3): after a subnet's epoch, its pending emission is paid out.
 * Miners get their incentive; when no miner earned anything the validators also get the miners' half. Each
 * validator's dividend is shared with its parents (childkey take, CKBurn), then split between its alpha
 * and its TAO-weighted root stake and rescaled to the pending validator and root amounts
 * (`calculate_dividend_distribution`). A root share nobody can receive is recycled.
 */
import { type AccountId, type NetUid, saturatingAddU64, U96F32 } from '@taonet/primitives';
import {
  type HotkeyEmission,
  runSubnetEpoch,
  type SubnetEpochResult,
} from '../consensus/runScheduledEpochs.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { TaoWeight, TotalHotkeyAlpha } from '../staking/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { ROOT_NETUID } from '../subnets/subnetRegistry.js';
import type { CoinbaseModules } from './coinbaseModules.js';
import { calculateDividendDistribution, type HotkeyStake } from './math/dividendDistribution.js';
import { getTaoWeight } from './math/rootProportion.js';
import { getParentChildDividendsDistribution } from './parentChildDividends.js';
import { distributeDividendsAndIncentives } from './payout.js';

/** A subnet's drained pending emission (`PendingServerEmission`, ...). */
export interface PendingEmission {
  readonly server: bigint;
  readonly validator: bigint;
  readonly root: bigint;
  readonly ownerCut: bigint;
}

/** Hotkeys ascending, as subtensor's `BTreeMap<AccountId, _>` iterates them (hex order is byte order). */
function sortedByHotkey<V>(map: ReadonlyMap<AccountId, V>): Map<AccountId, V> {
  // deterministic: AccountIds are fixed-length lowercase hex, so string order is byte order
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `calculate_dividends_and_incentives`: incentive per hotkey, and dividends after the parent/child split. */
export function calculateDividendsAndIncentives(
  ctx: DispatchContext,
  modules: CoinbaseModules,
  netuid: NetUid,
  hotkeyEmissions: readonly HotkeyEmission[],
  taoWeight: U96F32,
): { incentives: Map<AccountId, bigint>; dividends: Map<AccountId, U96F32> } {
  const incentives = new Map<AccountId, bigint>();
  const dividends = new Map<AccountId, U96F32>();
  const recycle = (amount: bigint) => modules.swap.recycleSubnetAlpha(ctx, netuid, amount);
  for (const { hotkey, serverEmission, validatorEmission } of hotkeyEmissions) {
    incentives.set(hotkey, saturatingAddU64(incentives.get(hotkey) ?? 0n, serverEmission));
    const shares = getParentChildDividendsDistribution(
      ctx.state,
      hotkey,
      netuid,
      validatorEmission,
      taoWeight,
      recycle,
    );
    for (const [recipient, amount] of shares) {
      const before = dividends.get(recipient) ?? U96F32.ZERO;
      dividends.set(recipient, U96F32.saturatingAdd(before, U96F32.saturatingFromInt(amount)));
    }
  }
  return { incentives: sortedByHotkey(incentives), dividends: sortedByHotkey(dividends) };
}

/** `get_stake_map`: each hotkey's alpha on the subnet and stake on root. */
function getStakeMap(
  state: OverlayState,
  netuid: NetUid,
  hotkeys: Iterable<AccountId>,
): Map<string, HotkeyStake> {
  const map = new Map<string, HotkeyStake>();
  for (const hotkey of hotkeys) {
    map.set(hotkey, {
      alpha: TotalHotkeyAlpha.get(state, [hotkey, netuid]),
      root: TotalHotkeyAlpha.get(state, [hotkey, ROOT_NETUID]),
    });
  }
  return map;
}

/** Pay out a subnet's pending emission given its epoch's per-uid results. */
export function distributeEpochEmission(
  ctx: DispatchContext,
  modules: CoinbaseModules,
  netuid: NetUid,
  pending: PendingEmission,
  hotkeyEmissions: readonly HotkeyEmission[],
): void {
  const { state } = ctx;
  const taoWeight = getTaoWeight(TaoWeight.get(state));
  const incentiveSum = hotkeyEmissions.reduce((sum, e) => saturatingAddU64(sum, e.serverEmission), 0n);
  const validatorAlpha =
    incentiveSum > 0n ? pending.validator : saturatingAddU64(pending.validator, pending.server);
  const { incentives, dividends } = calculateDividendsAndIncentives(
    ctx,
    modules,
    netuid,
    hotkeyEmissions,
    taoWeight,
  );
  const stakeMap = getStakeMap(state, netuid, dividends.keys());
  const split = calculateDividendDistribution(validatorAlpha, pending.root, taoWeight, stakeMap, dividends);
  const rootAlphaDividends = split.rootAlphaDividends as ReadonlyMap<AccountId, U96F32>;
  if (pending.root > 0n && [...rootAlphaDividends.values()].every((v) => U96F32.toU64(v) === 0n)) {
    modules.swap.recycleSubnetAlpha(ctx, netuid, pending.root);
  }
  distributeDividendsAndIncentives(ctx, modules, netuid, {
    ownerCut: pending.ownerCut,
    incentives,
    alphaDividends: split.alphaDividends as ReadonlyMap<AccountId, U96F32>,
    rootAlphaDividends,
  });
}

/**
 * `distribute_emission(netuid, server, validator, root, owner_cut)`: run the subnet's epoch on
 * `server + validator + root` (outputs persisted, `LastMechansimStepBlock` stamped) and pay it out.
 */
export function distributeEmission(
  ctx: DispatchContext,
  modules: CoinbaseModules,
  netuid: NetUid,
  pending: PendingEmission,
): SubnetEpochResult {
  const total = saturatingAddU64(saturatingAddU64(pending.server, pending.validator), pending.root);
  const result = runSubnetEpoch(ctx, netuid, total);
  distributeEpochEmission(ctx, modules, netuid, pending, result.hotkeyEmissions);
  return result;
}
