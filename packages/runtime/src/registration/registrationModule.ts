/**
 * The registration part of `SubtensorModule` (pallet 7): burned neuron registration (`burned_register`, the
 * legacy `register`, `register_limit`) and `root_register`. The per-block price update is the hook
 * `updateRegistrationPricesForNetworks`, called by the runtime's `block_step`.
 */
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import { neuronsStorage } from '../neurons/schema.js';
import type { SubnetsModules } from '../subnets/subnetsModules.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR, SUBTENSOR_INDEX } from '../subtensor/subtensorPallet.js';
import { createSwapApi } from '../swap/createSwapApi.js';
import { createBurnedRegisterCall } from './calls/burnedRegister.js';
import { createRegisterCall } from './calls/register.js';
import { createRegisterLimitCall } from './calls/registerLimit.js';
import { rootRegister } from './calls/rootRegister.js';

export function createRegistrationModule(modules: SubnetsModules): RuntimeModule {
  return {
    name: SUBTENSOR,
    index: SUBTENSOR_INDEX,
    calls: [
      createRegisterCall(modules),
      createBurnedRegisterCall(modules),
      rootRegister,
      createRegisterLimitCall(modules),
    ],
    errors: SubtensorErrors,
    storage: neuronsStorage,
  };
}

/** The registration module over a default swap API (`createSwapApi()`); compositions use `createRegistrationModule`. */
export const registrationModule: RuntimeModule = createRegistrationModule({ swap: createSwapApi() });
