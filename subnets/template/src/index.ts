export * from './dummyReward.js';
export * from './protocol.js';
export * from './serveTemplateMiner.js';
export * from './templateMiner.js';
export * from './templateValidator.js';
