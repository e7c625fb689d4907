export * from './chainIp.js';
export * from './toAccountId.js';
