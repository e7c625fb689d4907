export * from './metricsRegistry.js';
export * from './nodeMetrics.js';
