export * from './applyBlock.js';
export * from './balancesFeeHandler.js';
export * from './executive.js';
export * from './feeHandler.js';
export * from './runtimeCallCodec.js';
