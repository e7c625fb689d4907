export { type Activity, computeActive } from './computeActive.js';
export { computeActiveStake } from './computeActiveStake.js';
export {
  type BondsInputs,
  type BondsParams,
  computeBonds,
  computeBondsOriginal,
  computeBondsYuma3,
  getLastTempo,
} from './computeBonds.js';
export { type ConsensusTerms, computeConsensus, getKappa } from './computeConsensus.js';
export { computeDividends } from './computeDividends.js';
export { computeEmission, type EmissionTerms, toRao } from './computeEmission.js';
export { computeIncentive } from './computeIncentive.js';
export { computeStake, computeTotalStake, getStakeTaoWeight, type StakeTerms } from './computeStake.js';
export { computeValidatorPermits, type ValidatorPermits } from './computeValidatorPermits.js';
export { computeWeightsForBonds, getBondsPenalty } from './computeWeightsForBonds.js';
export type {
  EpochInputs,
  EpochParams,
  MechanismInputs,
  StoredEntry,
  StoredRow,
  SubnetInputs,
} from './epochInputs.js';
export type { EpochOutputs } from './epochOutputs.js';
export {
  type AggregatedEpochTerms,
  epochWithMechanisms,
  type MechanismEpochInputs,
  type MechanismsEpochOutputs,
} from './epochWithMechanisms.js';
export {
  getBondsSparse,
  getCommitBlocks,
  getLastUpdate,
  getOwnerUid,
  getSubnetworkN,
  getU64Vector,
  getValidatorPermit,
  getWeightsSparse,
} from './getEpochStorage.js';
export { maskWeights, type WeightMasks } from './maskWeights.js';
export { type EpochTerms, toEpochOutputs, toStoredBonds } from './toEpochOutputs.js';
export { getEpochParams, yuma } from './yuma.js';
