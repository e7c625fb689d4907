/** The serving part of `SubtensorModule` (pallet 7): axon, TLS certificate and Prometheus endpoints. */
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR, SUBTENSOR_INDEX } from '../subtensor/subtensorPallet.js';
import { serveAxon } from './calls/serveAxon.js';
import { serveAxonTls } from './calls/serveAxonTls.js';
import { servePrometheus } from './calls/servePrometheus.js';
import { servingStorage } from './schema.js';

export const servingModule: RuntimeModule = {
  name: SUBTENSOR,
  index: SUBTENSOR_INDEX,
  calls: [serveAxon, servePrometheus, serveAxonTls],
  errors: SubtensorErrors,
  storage: servingStorage,
};
