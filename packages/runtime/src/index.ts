export * from './coinbase/math/index.js';
export * from './epoch/index.js';
export * from './epoch/math/index.js';
export * from './registration/math/index.js';
export * from './staking/math/index.js';
export * from './subnets/math/index.js';
export * from './swap/math/index.js';
