/**
 * The stake weight Yuma Consensus reads (economics.md §4.6, yuma.md §1.2), from `stake_utils.rs`:
 * a hotkey's alpha on the subnet and its root TAO, each "inherited" through child keys
 * (own stake − Σ child proportion × own stake + Σ parent proportion × parent stake, proportions
 * `u64 / u64::MAX`, all in U96F32, floored to u64), combined as `alpha + tao × TaoWeight` in I64F64.
 * Used by the epoch (`readEpochInputs`) and by `check_weights_min_stake`.
 */
import { type AccountId, I64F64, type NetUid, netUid, U64_MAX, U96F32 } from '@taonet/primitives';
import { getStakeTaoWeight } from '../epoch/index.js';
import { Keys, SubnetworkN } from '../neurons/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { ChildKeys, ParentKeys, TaoWeight, TotalHotkeyAlpha } from './schema.js';

const ROOT = netUid(0);
const U64_MAX_U96 = U96F32.saturatingFromInt(U64_MAX);

/** `u64 proportion / u64::MAX` (U96F32, safe_div) */
function normalizedProportion(proportion: bigint): U96F32 {
  return U96F32.safeDiv(U96F32.saturatingFromInt(proportion), U64_MAX_U96);
}

/**
 * The inheritance rule shared by alpha and root TAO: children and parents are those of `netuid`, the
 * stake read is `TotalHotkeyAlpha[·][stakeNetuid]`.
 */
function getInheritedStake(
  state: OverlayState,
  hotkey: AccountId,
  netuid: NetUid,
  stakeNetuid: NetUid,
): bigint {
  const initial = U96F32.saturatingFromInt(TotalHotkeyAlpha.get(state, [hotkey, stakeNetuid]));
  let toChildren = U96F32.ZERO;
  for (const [proportion] of ChildKeys.get(state, [hotkey, netuid])) {
    const share = U96F32.saturatingMul(normalizedProportion(proportion), initial);
    toChildren = U96F32.saturatingAdd(toChildren, share);
  }
  let fromParents = U96F32.ZERO;
  for (const [proportion, parent] of ParentKeys.get(state, [hotkey, netuid])) {
    const parentStake = U96F32.saturatingFromInt(TotalHotkeyAlpha.get(state, [parent, stakeNetuid]));
    const share = U96F32.saturatingMul(normalizedProportion(proportion), parentStake);
    fromParents = U96F32.saturatingAdd(fromParents, share);
  }
  return U96F32.toU64(U96F32.saturatingAdd(U96F32.saturatingSub(initial, toChildren), fromParents));
}

/** `get_inherited_for_hotkey_on_subnet`: alpha on `netuid` after child/parent delegation (u64). */
export function getInheritedForHotkeyOnSubnet(
  state: OverlayState,
  hotkey: AccountId,
  netuid: NetUid,
): bigint {
  return getInheritedStake(state, hotkey, netuid, netuid);
}

/** `get_tao_inherited_for_hotkey_on_subnet`: root TAO stake after `netuid`'s child/parent delegation (u64). */
export function getTaoInheritedForHotkeyOnSubnet(
  state: OverlayState,
  hotkey: AccountId,
  netuid: NetUid,
): bigint {
  return getInheritedStake(state, hotkey, netuid, ROOT);
}

export interface HotkeyStakeWeight {
  /** alpha + tao × tao weight (I64F64) */
  readonly total: I64F64;
  /** inherited alpha (u64) */
  readonly alpha: bigint;
  /** inherited root TAO (u64) */
  readonly tao: bigint;
}

function combine(alpha: bigint, tao: bigint, taoWeight: I64F64): HotkeyStakeWeight {
  const weighted = I64F64.saturatingMul(I64F64.saturatingFromInt(tao), taoWeight);
  return { total: I64F64.saturatingAdd(I64F64.saturatingFromInt(alpha), weighted), alpha, tao };
}

/** `get_stake_weights_for_hotkey_on_subnet`: (total, alpha, tao) of one hotkey. */
export function getStakeWeightsForHotkeyOnSubnet(
  state: OverlayState,
  hotkey: AccountId,
  netuid: NetUid,
): HotkeyStakeWeight {
  const taoWeight = getStakeTaoWeight(TaoWeight.get(state));
  return combine(
    getInheritedForHotkeyOnSubnet(state, hotkey, netuid),
    getTaoInheritedForHotkeyOnSubnet(state, hotkey, netuid),
    taoWeight,
  );
}

export interface NetworkStakeWeights {
  /** per uid 0..SubnetworkN: alpha + tao × tao weight (I64F64) */
  readonly total: I64F64[];
  /** per uid: inherited alpha (u64); 0 for a uid without a hotkey */
  readonly alpha: bigint[];
  /** per uid: inherited root TAO (u64); 0 for a uid without a hotkey */
  readonly tao: bigint[];
}

/** `get_stake_weights_for_network`: the per-uid stake vectors of a subnet (uids without a hotkey get 0). */
export function getStakeWeightsForNetwork(state: OverlayState, netuid: NetUid): NetworkStakeWeights {
  const n = SubnetworkN.get(state, [netuid]);
  const taoWeight = getStakeTaoWeight(TaoWeight.get(state));
  const out: NetworkStakeWeights = { total: [], alpha: [], tao: [] };
  for (let uid = 0; uid < n; uid++) {
    const hotkey = Keys.getOption(state, [netuid, uid]);
    const weight =
      hotkey === undefined
        ? combine(0n, 0n, taoWeight)
        : combine(
            getInheritedForHotkeyOnSubnet(state, hotkey, netuid),
            getTaoInheritedForHotkeyOnSubnet(state, hotkey, netuid),
            taoWeight,
          );
    out.total.push(weight.total);
    out.alpha.push(weight.alpha);
    out.tao.push(weight.tao);
  }
  return out;
}
