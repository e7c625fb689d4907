/**
 * The predicates `set_weights` and the commit calls check, as subtensor names them
 * (subnets/weights.rs, yuma.md §2.5). Each returns a boolean; the caller raises the error.
 */
import { type AccountId, I64F64, type NetUid, U16_MAX } from '@taonet/primitives';
import { ensure } from '../dispatch/dispatchError.js';
import { checkVecMaxLimited } from '../epoch/math/index.js';
import { Keys, SubnetworkN, Uids, ValidatorPermit } from '../neurons/schema.js';
import { getStakeWeightsForHotkeyOnSubnet } from '../staking/stakeWeights.js';
import type { OverlayState } from '../state/overlayState.js';
import {
  MinAllowedWeights,
  StakeThreshold,
  WeightsSetRateLimit,
  WeightsVersionKey,
} from '../subnets/hyperparameters.js';
import { MechanismCountCurrent, NetworksAdded, SubnetOwnerHotkey } from '../subnets/schema.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import type { NetUidStorageIndex } from '../subtensor/subtensorStorage.js';
import { getLastUpdateForUid } from './lastUpdate.js';

/** `get_max_weight_limit` is a const fn returning u16::MAX: the max-weight check never fails. */
export const MAX_WEIGHT_LIMIT: number = U16_MAX;

/** `ensure_mechanism_exists`: the subnet exists and `mecid < MechanismCountCurrent`. */
export function ensureMechanismExists(state: OverlayState, netuid: NetUid, mecid: number): void {
  ensure(NetworksAdded.get(state, [netuid]), SubtensorErrors.MechanismDoesNotExist);
  ensure(mecid < MechanismCountCurrent.get(state, [netuid]), SubtensorErrors.MechanismDoesNotExist);
}

/** `get_uid_for_net_and_hotkey`, raising `HotKeyNotRegisteredInSubNet` like subtensor. */
export function getUidForNetAndHotkey(state: OverlayState, netuid: NetUid, hotkey: AccountId): number {
  const uid = Uids.getOption(state, [netuid, hotkey]);
  if (uid === undefined) throw SubtensorErrors.HotKeyNotRegisteredInSubNet();
  return uid;
}

/** The uid of `SubnetOwnerHotkey` when it is registered on the subnet. */
export function getSubnetOwnerUid(state: OverlayState, netuid: NetUid): number | null {
  const ownerHotkey = SubnetOwnerHotkey.getOption(state, [netuid]);
  if (ownerHotkey === undefined) return null;
  return Uids.getOption(state, [netuid, ownerHotkey]) ?? null;
}

export function checkLenUidsWithinAllowed(
  state: OverlayState,
  netuid: NetUid,
  uids: readonly number[],
): boolean {
  return uids.length <= SubnetworkN.get(state, [netuid]);
}

/** `check_weights_min_stake`: the owner hotkey passes; others need stake weight ≥ `StakeThreshold`. */
export function checkWeightsMinStake(state: OverlayState, hotkey: AccountId, netuid: NetUid): boolean {
  if (SubnetOwnerHotkey.getOption(state, [netuid]) === hotkey) return true;
  const { total } = getStakeWeightsForHotkeyOnSubnet(state, hotkey, netuid);
  return total >= I64F64.saturatingFromInt(StakeThreshold.get(state));
}

/** `check_version_key`: accepted when the subnet key is 0 or `version_key >= key`. */
export function checkVersionKey(state: OverlayState, netuid: NetUid, versionKey: bigint): boolean {
  const networkKey = WeightsVersionKey.get(state, [netuid]);
  return networkKey === 0n || versionKey >= networkKey;
}

/**
 * `check_rate_limit`: a registered uid passes when it never set weights (LastUpdate 0) or
 * `block - LastUpdate >= WeightsSetRateLimit`; an unknown uid never passes.
 */
export function checkRateLimit(
  state: OverlayState,
  netuid: NetUid,
  netuidIndex: NetUidStorageIndex,
  uid: number,
  block: bigint,
): boolean {
  if (!Keys.contains(state, [netuid, uid])) return false;
  const last = getLastUpdateForUid(state, netuidIndex, uid);
  if (last === 0n) return true;
  const elapsed = block > last ? block - last : 0n;
  return elapsed >= WeightsSetRateLimit.get(state, [netuid]);
}

/** `is_self_weight`: exactly one weight, on the caller's own uid. */
export function isSelfWeight(uid: number, uids: readonly number[], values: readonly number[]): boolean {
  return values.length === 1 && uids[0] === uid;
}

/** `check_validator_permit`: a self-weight and the subnet owner always pass, others need a stored permit. */
export function checkValidatorPermit(
  state: OverlayState,
  netuid: NetUid,
  uid: number,
  uids: readonly number[],
  values: readonly number[],
): boolean {
  if (isSelfWeight(uid, uids, values)) return true;
  if (getSubnetOwnerUid(state, netuid) === uid) return true;
  return ValidatorPermit.get(state, [netuid])[uid] === true;
}

export function hasDuplicateUids(uids: readonly number[]): boolean {
  return new Set(uids).size !== uids.length;
}

/** `contains_invalid_uids`: some uid has no hotkey in `Keys`. */
export function containsInvalidUids(state: OverlayState, netuid: NetUid, uids: readonly number[]): boolean {
  return uids.some((uid) => !Keys.contains(state, [netuid, uid]));
}

/** `check_length`: a self-weight passes, others need at least min(SubnetworkN, MinAllowedWeights) entries. */
export function checkLength(
  state: OverlayState,
  netuid: NetUid,
  uid: number,
  uids: readonly number[],
  values: readonly number[],
): boolean {
  const n = SubnetworkN.get(state, [netuid]);
  const minAllowed = Math.min(n, MinAllowedWeights.get(state, [netuid]));
  if (netuid !== 0 && isSelfWeight(uid, uids, values)) return true;
  return values.length >= minAllowed;
}

/** `max_weight_limited`: self-weights pass, and so does everything while the limit is u16::MAX. */
export function maxWeightLimited(uid: number, uids: readonly number[], values: readonly number[]): boolean {
  if (isSelfWeight(uid, uids, values)) return true;
  if (MAX_WEIGHT_LIMIT === U16_MAX) return true;
  return checkVecMaxLimited(values, MAX_WEIGHT_LIMIT);
}
