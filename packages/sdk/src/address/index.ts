export * from './toAccountId.js';
