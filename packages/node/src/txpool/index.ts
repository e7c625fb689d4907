export * from './poolError.js';
export * from './poolTransaction.js';
export * from './transactionStatus.js';
export * from './txPool.js';
export * from './validateTransaction.js';
