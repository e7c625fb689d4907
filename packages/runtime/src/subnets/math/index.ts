export { computeDissolutionPayouts, type DissolutionPayouts } from './dissolutionPayouts.js';
export { computeMedianPrice } from './medianPrice.js';
export {
  getLockReductionInterval,
  getNetworkLockCost,
  type NetworkLockState,
} from './networkLockCost.js';
export { computeNewSubnetPool, type NewSubnetPool } from './newSubnetPool.js';
