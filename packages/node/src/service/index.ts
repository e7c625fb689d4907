export * from './dataDir.js';
export * from './startNode.js';
