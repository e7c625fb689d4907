/**
 * The AdminUtils module object (index 19): every setter and its errors. The pallet has no storage of its own
 * here: what it writes is `SubtensorModule` storage (`adminStorage` is listed with that pallet).
 */
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import { consensusSetters } from './calls/consensusSetters.js';
import { networkSetters } from './calls/networkSetters.js';
import { registrationSetters } from './calls/registrationSetters.js';
import { sudoSetAlphaValues } from './calls/sudoSetAlphaValues.js';
import { sudoSetTempo } from './calls/sudoSetTempo.js';
import { weightsSetters } from './calls/weightsSetters.js';
import { ADMIN_UTILS, ADMIN_UTILS_INDEX, AdminUtilsErrors } from './schema.js';

/** Every AdminUtils call, ascending by call index. */
export const adminUtilsCalls = [
  ...networkSetters,
  ...consensusSetters,
  ...weightsSetters,
  ...registrationSetters,
  sudoSetTempo,
  sudoSetAlphaValues,
].sort((a, b) => a.index - b.index);

export const adminUtilsModule: RuntimeModule = {
  name: ADMIN_UTILS,
  index: ADMIN_UTILS_INDEX,
  calls: adminUtilsCalls,
  errors: AdminUtilsErrors,
  storage: [],
};
