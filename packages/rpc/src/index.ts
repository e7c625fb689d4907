export * from './client/index.js';
export * from './defineRpc.js';
export * from './extrinsic/index.js';
export * from './jsonRpc.js';
export * from './rpcError.js';
export * from './rpcMethods.js';
export * from './schemas/index.js';
export * from './server/index.js';
