export * from './balancesModule.js';
export * from './calls/transfers.js';
export * from './currency.js';
export * from './schema.js';
export * from './transactionFee.js';
