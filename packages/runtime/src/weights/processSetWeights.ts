/**
 * `internal_set_weights` (subnets/weights.rs, yuma.md §2.5): every check in subtensor's order with its
 * error, then the max-upscaled row stored under `Weights[netuid_index][uid]` in the given order (zeros
 * kept). The rate limit and the `LastUpdate` write apply only while commit-reveal is off (with it on,
 * the commit already stamped `LastUpdate`).
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { vecU16MaxUpscaleToU16 } from '../epoch/math/index.js';
import { isHotkeyRegisteredOnNetwork } from '../neurons/neuronRegistry.js';
import { CommitRevealWeightsEnabled } from '../subnets/hyperparameters.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { setLastUpdateForUid } from './lastUpdate.js';
import { type WeightRow, Weights } from './schema.js';
import {
  checkLength,
  checkLenUidsWithinAllowed,
  checkRateLimit,
  checkValidatorPermit,
  checkVersionKey,
  checkWeightsMinStake,
  containsInvalidUids,
  ensureMechanismExists,
  getUidForNetAndHotkey,
  hasDuplicateUids,
  maxWeightLimited,
} from './weightsChecks.js';

export interface SetWeightsRequest {
  readonly hotkey: AccountId;
  readonly netuid: NetUid;
  readonly mecid: number;
  readonly uids: readonly number[];
  readonly values: readonly number[];
  readonly versionKey: bigint;
}

/** The checks before the uid is known (signature and root checked by the caller's order). */
function ensureRequestShape(ctx: DispatchContext, req: SetWeightsRequest): void {
  const { state } = ctx;
  ensure(req.netuid !== 0, SubtensorErrors.CanNotSetRootNetworkWeights);
  ensure(req.uids.length === req.values.length, SubtensorErrors.WeightVecNotEqualSize);
  ensureMechanismExists(state, req.netuid, req.mecid);
  ensure(
    checkLenUidsWithinAllowed(state, req.netuid, req.uids),
    SubtensorErrors.UidsLengthExceedUidsInSubNet,
  );
  ensure(
    isHotkeyRegisteredOnNetwork(state, req.netuid, req.hotkey),
    SubtensorErrors.HotKeyNotRegisteredInSubNet,
  );
  ensure(checkWeightsMinStake(state, req.hotkey, req.netuid), SubtensorErrors.NotEnoughStakeToSetWeights);
  ensure(checkVersionKey(state, req.netuid, req.versionKey), SubtensorErrors.IncorrectWeightVersionKey);
}

export function processSetWeights(ctx: DispatchContext, req: SetWeightsRequest): void {
  const { state } = ctx;
  const { netuid, uids, values } = req;
  ensureRequestShape(ctx, req);
  const uid = getUidForNetAndHotkey(state, netuid, req.hotkey);
  const block = BigInt(ctx.block.number);
  const netuidIndex = storageIndexOf(netuid, req.mecid);
  const commitReveal = CommitRevealWeightsEnabled.get(state, [netuid]);
  if (!commitReveal) {
    ensure(checkRateLimit(state, netuid, netuidIndex, uid, block), SubtensorErrors.SettingWeightsTooFast);
  }
  ensure(checkValidatorPermit(state, netuid, uid, uids, values), SubtensorErrors.NeuronNoValidatorPermit);
  ensure(!hasDuplicateUids(uids), SubtensorErrors.DuplicateUids);
  ensure(!containsInvalidUids(state, netuid, uids), SubtensorErrors.UidVecContainInvalidOne);
  ensure(checkLength(state, netuid, uid, uids, values), SubtensorErrors.WeightVecLengthIsLow);

  const upscaled = vecU16MaxUpscaleToU16(values);
  ensure(maxWeightLimited(uid, uids, upscaled), SubtensorErrors.MaxWeightExceeded);
  const row: WeightRow = uids.map((target, i) => [target, upscaled[i] ?? 0]);
  Weights.set(state, [netuidIndex, uid], row);
  if (!commitReveal) setLastUpdateForUid(state, netuid, netuidIndex, uid, block);
  ctx.events.emit({ pallet: SUBTENSOR, name: 'WeightsSet', data: { netuidIndex, uid } });
}
