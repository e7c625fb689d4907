export {
  type BlockEmissionOpts,
  DEFAULT_BLOCK_EMISSION,
  findHalvingThreshold,
  getBlockEmissionForIssuance,
  getHalvingLevel,
  TOTAL_SUPPLY,
} from './blockEmission.js';
export {
  calculateDividendDistribution,
  type DividendDistribution,
  type HotkeyStake,
} from './dividendDistribution.js';
export {
  computeEmissionShares,
  computeSubnetTaoEmission,
  type SubnetShareInput,
} from './emissionShares.js';
export {
  blocksUntilNextEpoch,
  type EpochScheduleState,
  MAX_BLOCKS_WITHOUT_EPOCH,
  shouldRunEpoch,
} from './epochSchedule.js';
export {
  DEFAULT_EMA_PRICE_HALVING_BLOCKS,
  DEFAULT_SUBNET_MOVING_ALPHA,
  type MovingPriceStep,
  updateMovingPrice,
} from './movingPrice.js';
export {
  computePendingEmission,
  DEFAULT_SUBNET_OWNER_CUT,
  getFloatSubnetOwnerCut,
  type PendingEmissionInput,
  type PendingEmissionSplit,
} from './pendingEmission.js';
export { getTaoWeight, rootProportion } from './rootProportion.js';
export {
  computeSingleSubnetBlock,
  type SingleSubnetBlockInput,
  type SingleSubnetBlockResult,
} from './singleSubnetCoinbase.js';
export { getSubnetTerms, type SubnetTerms, type SubnetTermsInput } from './subnetTerms.js';
