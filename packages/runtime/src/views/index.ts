export * from './compactCodecs.js';
export * from './delegateInfo.js';
export * from './dynamicInfo.js';
export * from './neuronInfo.js';
export * from './runtimeViews.js';
export * from './stakeInfo.js';
export * from './subnetHyperparams.js';
export * from './subnetInfo.js';
