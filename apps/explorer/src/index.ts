export * from './server/buildExplorer.js';
export * from './server/createExplorerServer.js';
export * from './server/startExplorer.js';
