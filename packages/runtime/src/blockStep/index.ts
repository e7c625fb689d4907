export * from './blockStep.js';
