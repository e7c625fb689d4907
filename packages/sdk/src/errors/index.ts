export * from './clientErrors.js';
export * from './moduleError.js';
export * from './moduleErrorTable.js';
export * from './sdkError.js';
export * from './transactionErrors.js';
