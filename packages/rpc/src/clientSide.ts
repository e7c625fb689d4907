/**
 * `@taonet/rpc/client`: what a client of the wire contract runs, the typed client, its transports and the
 * JSON-RPC errors, without the method declarations' typebox schemas and the server's compiled checks
 * (the client imports them only to validate results or to subscribe). The types of every method, and the
 * rest of the contract, come from `@taonet/rpc`.
 */
export * from './client/index.js';
export * from './jsonRpc.js';
export * from './rpcError.js';
