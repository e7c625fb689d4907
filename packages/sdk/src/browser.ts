/**
 * The SDK for browsers: everything but the wallet (which reads and writes keyfiles with node:fs and
 * node:crypto). Bundlers pick it through the `browser` condition of the package's exports map.
 */
export * from './address/index.js';
export * from './calls/index.js';
export * from './client/index.js';
export * from './errors/index.js';
export * from './metagraph/index.js';
export * from './queries/index.js';
export * from './storage/index.js';
export * from './transactions/index.js';
