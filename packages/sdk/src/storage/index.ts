export * from './chainStorage.js';
export * from './storageItem.js';
