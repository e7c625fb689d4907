export * from './block/index.js';
export * from './chain/index.js';
export * from './chainSpec/index.js';
export * from './extrinsic/index.js';
export * from './txpool/index.js';
