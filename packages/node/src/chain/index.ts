export * from './accountNonce.js';
