export * from './epoch/math/index.js';
