export * from './blockCodec.js';
export * from './extrinsicsRoot.js';
export * from './header.js';
