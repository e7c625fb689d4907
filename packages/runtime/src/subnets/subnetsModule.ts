/**
 * The subnets part of `SubtensorModule` (pallet 7): subnet registration with its lock, dissolution (root,
 * or pruning at the subnet limit), token symbols, identities and `start_call`. Calls that touch a pool take
 * the swap module at composition: `createSubnetsModule({ swap })`.
 */
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR, SUBTENSOR_INDEX } from '../subtensor/subtensorPallet.js';
import { createSwapApi } from '../swap/createSwapApi.js';
import { createDissolveNetworkCall } from './calls/dissolveNetwork.js';
import { createRegisterNetworkCall } from './calls/registerNetwork.js';
import { createRegisterNetworkWithIdentityCall } from './calls/registerNetworkWithIdentity.js';
import { createRootDissolveNetworkCall } from './calls/rootDissolveNetwork.js';
import { setSubnetIdentity } from './calls/setSubnetIdentity.js';
import { startCall } from './calls/startCall.js';
import { updateSymbol } from './calls/updateSymbol.js';
import { hyperparametersStorage } from './hyperparameters.js';
import { subnetsStorage } from './schema.js';
import type { SubnetsModules } from './subnetsModules.js';

export function createSubnetsModule(modules: SubnetsModules): RuntimeModule {
  return {
    name: SUBTENSOR,
    index: SUBTENSOR_INDEX,
    calls: [
      createRegisterNetworkCall(modules),
      createDissolveNetworkCall(modules),
      setSubnetIdentity,
      createRegisterNetworkWithIdentityCall(modules),
      startCall,
      updateSymbol,
      createRootDissolveNetworkCall(modules),
    ],
    errors: SubtensorErrors,
    storage: [...subnetsStorage, ...hyperparametersStorage],
  };
}

/** The subnets module over a default swap API (`createSwapApi()`); compositions use `createSubnetsModule`. */
export const subnetsModule: RuntimeModule = createSubnetsModule({ swap: createSwapApi() });
