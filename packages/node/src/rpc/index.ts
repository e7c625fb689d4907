export * from './handlers/index.js';
export * from './mapNodeError.js';
export * from './rpcJson.js';
export * from './rpcServer.js';
