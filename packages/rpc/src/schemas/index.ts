export * from './authorSchemas.js';
export * from './chainSchemas.js';
export * from './metagraphSchemas.js';
export * from './primitiveSchemas.js';
export * from './runtimeApiSchemas.js';
export * from './stateSchemas.js';
