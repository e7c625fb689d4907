export * from './parseParams.js';
export * from './rpcRouter.js';
export * from './subscriptionSink.js';
