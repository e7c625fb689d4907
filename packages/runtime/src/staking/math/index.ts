export { SharePool, type SharePoolSemantics, type SharePoolState } from './sharePool.js';
export { injectIntoPool, stakeOnPool, unstakeFromPool } from './stakeOps.js';
