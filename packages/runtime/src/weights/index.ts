export { batchCommitWeights } from './calls/batchCommitWeights.js';
export { batchRevealWeights } from './calls/batchRevealWeights.js';
export { batchSetWeights } from './calls/batchSetWeights.js';
export { commitMechanismWeights } from './calls/commitMechanismWeights.js';
export { commitWeights } from './calls/commitWeights.js';
export { revealMechanismWeights } from './calls/revealMechanismWeights.js';
export { revealWeights } from './calls/revealWeights.js';
export { setMechanismWeights } from './calls/setMechanismWeights.js';
export { setWeights } from './calls/setWeights.js';
export { getCommitHash, isCommitExpired, isRevealEpoch } from './commitReveal.js';
export { getLastUpdateForUid, setLastUpdateForUid } from './lastUpdate.js';
export { type BatchRevealRequest, processBatchRevealWeights } from './processBatchRevealWeights.js';
export { dropExpiredCommits, processCommitWeights } from './processCommitWeights.js';
export { processRevealWeights, type RevealRequest } from './processRevealWeights.js';
export { processSetWeights, type SetWeightsRequest } from './processSetWeights.js';
export {
  Bonds,
  MAX_UNREVEALED_COMMITS,
  type WeightCommit,
  WeightCommits,
  type WeightRow,
  Weights,
  weightsStorage,
} from './schema.js';
export { getBondsMatrix, getWeightCommits, getWeightsMatrix } from './views.js';
export * from './weightsChecks.js';
export { weightsModule } from './weightsModule.js';
