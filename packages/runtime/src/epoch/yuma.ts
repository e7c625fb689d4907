/**
 * One Yuma Consensus epoch of one mechanism: subtensor's sparse `epoch_mechanism` (yuma.md §1), bit-exact,
 * as a pure function of the subnet's storage. Each step is its own function, named as in the spec:
 * active → stake → validator permits → active stake → weights → consensus → incentive → weights for
 * bonds → bonds → dividends → emission → outputs.
 *
 * It never throws: malformed inputs are read the way subtensor reads its storage (`getEpochStorage`),
 * and every math helper degrades as subtensor's does (mismatched lengths mask, division by zero gives 0).
 */
import { computeActive } from './computeActive.js';
import { computeActiveStake } from './computeActiveStake.js';
import { computeBonds } from './computeBonds.js';
import { computeConsensus } from './computeConsensus.js';
import { computeDividends } from './computeDividends.js';
import { computeEmission } from './computeEmission.js';
import { computeIncentive } from './computeIncentive.js';
import { computeStake } from './computeStake.js';
import { computeValidatorPermits } from './computeValidatorPermits.js';
import { computeWeightsForBonds } from './computeWeightsForBonds.js';
import type { EpochInputs, EpochParams } from './epochInputs.js';
import type { EpochOutputs } from './epochOutputs.js';
import {
  getBondsSparse,
  getCommitBlocks,
  getLastUpdate,
  getOwnerUid,
  getSubnetworkN,
  getU64Vector,
  getValidatorPermit,
  getWeightsSparse,
  toI16,
  toU16,
  toU64,
} from './getEpochStorage.js';
import { maskWeights } from './maskWeights.js';
import { toEpochOutputs, toStoredBonds } from './toEpochOutputs.js';

/** The parameters clamped to their storage widths. */
export function getEpochParams(params: EpochParams, n: number): EpochParams {
  return {
    tempo: toU16(params.tempo),
    activityCutoffBlocks: toU64(params.activityCutoffBlocks),
    kappaU16: toU16(params.kappaU16),
    bondsMovingAverage: toU64(params.bondsMovingAverage),
    bondsPenaltyU16: toU16(params.bondsPenaltyU16),
    yuma3: params.yuma3 === true,
    liquidAlpha: params.liquidAlpha === true,
    alphaLowU16: toU16(params.alphaLowU16),
    alphaHighU16: toU16(params.alphaHighU16),
    alphaSigmoidSteepness: toI16(params.alphaSigmoidSteepness),
    maxAllowedValidators: toU16(params.maxAllowedValidators),
    stakeThreshold: toU64(params.stakeThreshold),
    taoWeightU64: toU64(params.taoWeightU64),
    ownerUid: getOwnerUid(params.ownerUid, n),
    lastMechanismStepBlock: toU64(params.lastMechanismStepBlock),
    commitRevealEnabled: params.commitRevealEnabled === true,
  };
}

export function yuma(inputs: EpochInputs, rawParams: EpochParams): EpochOutputs {
  const n = getSubnetworkN(inputs.n);
  const params = getEpochParams(rawParams, n);
  const currentBlock = toU64(inputs.currentBlock);
  const lastUpdate = getLastUpdate(inputs.lastUpdate, n);
  const blockAtRegistration = getU64Vector(inputs.blockAtRegistration, n);
  const { active, inactive } = computeActive(lastUpdate, params.activityCutoffBlocks, currentBlock);

  const stakeTao = getU64Vector(inputs.stakeTao, n);
  const { totalStake, stake } = computeStake(
    getU64Vector(inputs.stakeAlpha, n),
    stakeTao,
    params.taoWeightU64,
    params.stakeThreshold,
    params.ownerUid,
  );
  const permits = computeValidatorPermits(
    getValidatorPermit(inputs.validatorPermit),
    stake,
    params.maxAllowedValidators,
    params.ownerUid,
  );
  const activeStake = computeActiveStake(stake, inactive, permits.forbids);

  const weights = maskWeights(getWeightsSparse(inputs.weights, n), {
    validatorForbids: permits.forbids,
    ownerUid: params.ownerUid,
    lastUpdate,
    blockAtRegistration,
    commitBlocks: params.commitRevealEnabled ? getCommitBlocks(inputs.commitBlocks, n) : null,
  });
  const { consensus, clippedWeights, validatorTrust } = computeConsensus(
    activeStake,
    weights,
    n,
    params.kappaU16,
  );
  const incentive = computeIncentive(clippedWeights, activeStake, n);

  const weightsForBonds = computeWeightsForBonds(weights, clippedWeights, n, params.bondsPenaltyU16);
  const emaBonds = computeBonds(
    {
      n,
      currentBlock,
      tempo: params.tempo,
      lastMechanismStepBlock: params.lastMechanismStepBlock,
      blockAtRegistration,
      bonds: getBondsSparse(inputs.bonds, n, params.yuma3),
      weightsForBonds,
      activeStake,
      consensus,
    },
    params,
  );
  const dividends = computeDividends(params.yuma3, emaBonds, incentive, activeStake, n);
  const emission = computeEmission(incentive, dividends, stake, activeStake, toU64(inputs.raoEmission));

  return toEpochOutputs({
    n,
    consensus,
    incentive,
    dividends,
    validatorTrust,
    stake,
    totalStake,
    emission,
    newPermits: permits.newPermits,
    active,
    bonds: toStoredBonds(params.yuma3, emaBonds, permits.newPermits, n),
  });
}
