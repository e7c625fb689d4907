export * from './parseNodeArgs.js';
export * from './runNode.js';
