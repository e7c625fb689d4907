export { serveAxon } from './calls/serveAxon.js';
export { serveAxonTls } from './calls/serveAxonTls.js';
export { servePrometheus } from './calls/servePrometheus.js';
export { processServeAxon, toNeuronCertificate } from './processServeAxon.js';
export * from './schema.js';
export { servingModule } from './servingModule.js';
export * from './validateServing.js';
export { getAxonInfo, getNeuronCertificate, getPrometheusInfo } from './views.js';
