export * from './httpTransport.js';
export * from './rpcClient.js';
export * from './rpcTransport.js';
export * from './webSocketTransport.js';
