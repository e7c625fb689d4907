export {
  getLockReductionInterval,
  getNetworkLockCost,
  type NetworkLockState,
} from './networkLockCost.js';
export { computeNewSubnetPool, type NewSubnetPool } from './newSubnetPool.js';
