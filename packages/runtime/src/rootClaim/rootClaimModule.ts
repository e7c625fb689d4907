/**
 * The root-claim part of `SubtensorModule` (pallet 7): `claim_root` [121], `set_root_claim_type` [122],
 * `sudo_set_num_root_claims` [123] and `sudo_set_root_claim_threshold` [124]. `claim_root` sells alpha
 * through the pools, so the module takes the swap module at composition: `createRootClaimModule({ swap })`.
 */
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR, SUBTENSOR_INDEX } from '../subtensor/subtensorPallet.js';
import { createClaimRootCall } from './calls/claimRoot.js';
import { setRootClaimType } from './calls/setRootClaimType.js';
import { sudoSetNumRootClaims } from './calls/sudoSetNumRootClaims.js';
import { sudoSetRootClaimThreshold } from './calls/sudoSetRootClaimThreshold.js';
import type { RootClaimSwap } from './rootClaimOnSubnet.js';
import { rootClaimStorage } from './schema.js';

export interface RootClaimModules {
  readonly swap: RootClaimSwap;
}

export function createRootClaimModule(modules: RootClaimModules): RuntimeModule {
  return {
    name: SUBTENSOR,
    index: SUBTENSOR_INDEX,
    calls: [createClaimRootCall(modules), setRootClaimType, sudoSetNumRootClaims, sudoSetRootClaimThreshold],
    errors: SubtensorErrors,
    storage: rootClaimStorage,
  };
}
