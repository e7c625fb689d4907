export * from './compactCodecs.js';
export * from './subnetHyperparams.js';
export * from './subnetInfo.js';
