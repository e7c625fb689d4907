export * from './chainSpec.js';
export * from './devChainSpec.js';
export * from './fillKeys.js';
export * from './genesisNeuronsSpec.js';
