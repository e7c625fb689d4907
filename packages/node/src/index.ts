export * from './extrinsic/index.js';
