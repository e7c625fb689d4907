export * from './compactCodecs.js';
export * from './neuronInfo.js';
export * from './runtimeViews.js';
export * from './subnetHyperparams.js';
export * from './subnetInfo.js';
