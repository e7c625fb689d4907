export * from './buildGenesis.js';
export * from './genesisConfig.js';
export * from './genesisNeurons.js';
export * from './genesisParams.js';
export * from './presets.js';
export * from './validateGenesis.js';
