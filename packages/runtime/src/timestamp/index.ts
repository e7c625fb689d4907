export * from './schema.js';
export * from './timestampModule.js';
