export * from './createNodeRpcHandlers.js';
export * from './nodeRpcModules.js';
export * from './systemHandlers.js';
