export * from './chainSpec.js';
export * from './devChainSpec.js';
