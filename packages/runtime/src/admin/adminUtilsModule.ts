/**
 * The AdminUtils module object (index 19): every setter and its errors. The pallet has no storage of its own
 * here: what it writes is `SubtensorModule` storage (`adminStorage` is listed with that pallet). The
 * nominator-minimum setter unstakes small nominations, so the module takes the staking modules (the pools)
 * at composition: `createAdminUtilsModule({ swap, rootStake })`.
 */
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import type { StakingModules } from '../staking/stakingModules.js';
import { createSwapApi } from '../swap/createSwapApi.js';
import { coinbaseSetters } from './calls/coinbaseSetters.js';
import { consensusSetters } from './calls/consensusSetters.js';
import { networkSetters } from './calls/networkSetters.js';
import { registrationSetters } from './calls/registrationSetters.js';
import { sudoSetAlphaValues } from './calls/sudoSetAlphaValues.js';
import { createSudoSetNominatorMinRequiredStakeCall } from './calls/sudoSetNominatorMinRequiredStake.js';
import { sudoSetTempo } from './calls/sudoSetTempo.js';
import { weightsSetters } from './calls/weightsSetters.js';
import { ADMIN_UTILS, ADMIN_UTILS_INDEX, AdminUtilsErrors } from './schema.js';

/** Every AdminUtils call, ascending by call index. */
export function createAdminUtilsCalls(staking: StakingModules) {
  return [
    ...networkSetters,
    ...consensusSetters,
    ...weightsSetters,
    ...registrationSetters,
    ...coinbaseSetters,
    sudoSetTempo,
    sudoSetAlphaValues,
    createSudoSetNominatorMinRequiredStakeCall(staking),
  ].sort((a, b) => a.index - b.index);
}

export function createAdminUtilsModule(staking: StakingModules): RuntimeModule {
  return {
    name: ADMIN_UTILS,
    index: ADMIN_UTILS_INDEX,
    calls: createAdminUtilsCalls(staking),
    errors: AdminUtilsErrors,
    storage: [],
  };
}

/** The module over a default swap API; compositions use `createAdminUtilsModule`. */
export const adminUtilsModule: RuntimeModule = createAdminUtilsModule({ swap: createSwapApi() });

/** Every AdminUtils call of `adminUtilsModule`, ascending by call index. */
export const adminUtilsCalls = adminUtilsModule.calls;
