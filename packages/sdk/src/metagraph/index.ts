export * from './metagraph.js';
export * from './syncMetagraph.js';
