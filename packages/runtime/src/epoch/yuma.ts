/**
 * One Yuma Consensus epoch of one mechanism: subtensor's sparse `epoch_mechanism` (yuma.md §1), bit-exact,
 * as a pure function of the subnet's storage. Each step is its own function, named as in the spec:
 * active → stake → validator permits → active stake → weights → consensus → incentive → weights for
 * bonds → bonds → dividends → emission → outputs.
 *
 * It never throws: malformed inputs are read the way subtensor reads its storage (`getEpochStorage`),
 * and every math helper degrades as subtensor's does (mismatched lengths mask, division by zero gives 0).
 * The matrix steps run on exact numbers (`fast/`) and fall back to the bigint math helpers
 * (`computeMatrixTerms`) when a value leaves the exact range; both give the same bits (README.md).
 */
import { computeActive } from './computeActive.js';
import { computeActiveStake } from './computeActiveStake.js';
import { computeEmission } from './computeEmission.js';
import { computeMatrixTerms, type MatrixInputs, type MatrixTerms } from './computeMatrixTerms.js';
import { computeStake } from './computeStake.js';
import { computeValidatorPermits } from './computeValidatorPermits.js';
import type { EpochInputs, EpochParams } from './epochInputs.js';
import type { EpochOutputs } from './epochOutputs.js';
import { computeMatrixTermsFast } from './fast/computeMatrixTermsFast.js';
import {
  getLastUpdate,
  getOwnerUid,
  getSubnetworkN,
  getU64Vector,
  getValidatorPermit,
  toI16,
  toU16,
  toU64,
} from './getEpochStorage.js';
import { toEpochOutputs } from './toEpochOutputs.js';

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

/** How the matrix steps run: `computeMatrixTerms` or its exact-number twin. */
export type MatrixStep = (inputs: MatrixInputs, params: EpochParams) => MatrixTerms;

/** The exact numbers first; the bigint pipeline when a value leaves their exact range. */
export function computeMatrixTermsExact(inputs: MatrixInputs, params: EpochParams): MatrixTerms {
  return computeMatrixTermsFast(inputs, params) ?? computeMatrixTerms(inputs, params);
}

export function yuma(inputs: EpochInputs, rawParams: EpochParams): EpochOutputs {
  return runEpoch(inputs, rawParams, computeMatrixTermsExact);
}

/** `yuma` with the matrix steps given (tests compare the two pipelines through it). */
export function runEpoch(inputs: EpochInputs, rawParams: EpochParams, matrixStep: MatrixStep): EpochOutputs {
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

  const matrixInputs: MatrixInputs = {
    n,
    currentBlock,
    weights: inputs.weights,
    bonds: inputs.bonds,
    commitBlocks: inputs.commitBlocks,
    lastUpdate,
    blockAtRegistration,
    activeStake,
    validatorForbids: permits.forbids,
    newPermits: permits.newPermits,
  };
  const { consensus, validatorTrust, incentive, dividends, bonds } = matrixStep(matrixInputs, params);
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
    bonds,
  });
}
