export * from './calls/deprecatedLiquidityCalls.js';
export * from './calls/setFeeRate.js';
export * from './createSwapApi.js';
export * from './schema.js';
export * from './swapApi.js';
export * from './swapModule.js';
