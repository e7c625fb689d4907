export * from './checkExtrinsicSignature.js';
export * from './decodeExtrinsic.js';
export * from './runtimeVersion.js';
export * from './signCall.js';
export * from './timestampInherent.js';
export * from './transactionValidity.js';
