/** The hyperparameters one epoch reads (`EpochParams`), from a subnet's storage. */
import type { NetUid } from '@taonet/primitives';
import type { EpochParams } from '../epoch/index.js';
import { TaoWeight } from '../staking/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import {
  AlphaSigmoidSteepness,
  AlphaValues,
  BondsMovingAverage,
  BondsPenalty,
  CommitRevealWeightsEnabled,
  Kappa,
  LiquidAlphaOn,
  MaxAllowedValidators,
  StakeThreshold,
  Yuma3On,
} from '../subnets/hyperparameters.js';
import { LastMechansimStepBlock, Tempo } from '../subnets/schema.js';
import { getSubnetOwnerUid } from '../weights/weightsChecks.js';
import { getActivityCutoffBlocks } from './epochSchedule.js';

export function readEpochParams(state: OverlayState, netuid: NetUid): EpochParams {
  const key: [NetUid] = [netuid];
  const [alphaLowU16, alphaHighU16] = AlphaValues.get(state, key);
  return {
    tempo: Tempo.get(state, key),
    activityCutoffBlocks: getActivityCutoffBlocks(state, netuid),
    kappaU16: Kappa.get(state, key),
    bondsMovingAverage: BondsMovingAverage.get(state, key),
    bondsPenaltyU16: BondsPenalty.get(state, key),
    yuma3: Yuma3On.get(state, key),
    liquidAlpha: LiquidAlphaOn.get(state, key),
    alphaLowU16,
    alphaHighU16,
    alphaSigmoidSteepness: AlphaSigmoidSteepness.get(state, key),
    maxAllowedValidators: MaxAllowedValidators.get(state, key),
    stakeThreshold: StakeThreshold.get(state),
    taoWeightU64: TaoWeight.get(state),
    ownerUid: getSubnetOwnerUid(state, netuid),
    lastMechanismStepBlock: LastMechansimStepBlock.get(state, key),
    commitRevealEnabled: CommitRevealWeightsEnabled.get(state, key),
  };
}
