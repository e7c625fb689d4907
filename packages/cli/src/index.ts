export * from './errors/cliErrors.js';
export * from './output/jsonEnvelope.js';
export * from './output/schema.js';
export * from './program/cliIo.js';
export * from './program/commandSpec.js';
export * from './program/exitCodes.js';
export * from './runCli.js';
