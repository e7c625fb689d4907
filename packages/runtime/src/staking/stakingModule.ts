/**
 * The staking part of `SubtensorModule` (pallet 7): staking and unstaking through the subnet pools, limit
 * orders, stake moves, transfers and swaps, alpha recycling and burning, delegate and childkey takes, child
 * keys. The calls that trade take the swap module (and optionally the root-claim hooks) at composition:
 * `createStakingModule({ swap, rootStake })`. Block step 7 is `applyPendingChildKeys` (hooks.ts).
 */
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR, SUBTENSOR_INDEX } from '../subtensor/subtensorPallet.js';
import { createSwapApi } from '../swap/createSwapApi.js';
import { createAddStakeCall } from './calls/addStake.js';
import { createAddStakeBurnCall } from './calls/addStakeBurn.js';
import { createAddStakeLimitCall } from './calls/addStakeLimit.js';
import { createBurnAlphaCall } from './calls/burnAlpha.js';
import { decreaseTake } from './calls/decreaseTake.js';
import { increaseTake } from './calls/increaseTake.js';
import { createMoveStakeCall } from './calls/moveStake.js';
import { createRecycleAlphaCall } from './calls/recycleAlpha.js';
import { createRemoveStakeCall } from './calls/removeStake.js';
import { createRemoveStakeFullLimitCall } from './calls/removeStakeFullLimit.js';
import { createRemoveStakeLimitCall } from './calls/removeStakeLimit.js';
import { setChildkeyTake } from './calls/setChildkeyTake.js';
import { createSetChildrenCall } from './calls/setChildren.js';
import { setColdkeyAutoStakeHotkey } from './calls/setColdkeyAutoStakeHotkey.js';
import { setPendingChildkeyCooldown } from './calls/setPendingChildkeyCooldown.js';
import { sudoSetMaxChildkeyTake } from './calls/sudoSetMaxChildkeyTake.js';
import { sudoSetMinChildkeyTake } from './calls/sudoSetMinChildkeyTake.js';
import { sudoSetTxChildkeyTakeRateLimit } from './calls/sudoSetTxChildkeyTakeRateLimit.js';
import { createSwapStakeCall } from './calls/swapStake.js';
import { createSwapStakeLimitCall } from './calls/swapStakeLimit.js';
import { createTransferStakeCall } from './calls/transferStake.js';
import { tryAssociateHotkey } from './calls/tryAssociateHotkey.js';
import { createUnstakeAllCall } from './calls/unstakeAll.js';
import { createUnstakeAllAlphaCall } from './calls/unstakeAllAlpha.js';
import { stakingStorage } from './schema.js';
import { stakingCallsStorage } from './stakingCallsStorage.js';
import type { StakingModules } from './stakingModules.js';

export function createStakingModule(modules: StakingModules): RuntimeModule {
  return {
    name: SUBTENSOR,
    index: SUBTENSOR_INDEX,
    calls: [
      createAddStakeCall(modules),
      createRemoveStakeCall(modules),
      decreaseTake,
      increaseTake,
      createSetChildrenCall(modules),
      sudoSetTxChildkeyTakeRateLimit,
      setChildkeyTake,
      sudoSetMinChildkeyTake,
      sudoSetMaxChildkeyTake,
      createUnstakeAllCall(modules),
      createUnstakeAllAlphaCall(modules),
      createMoveStakeCall(modules),
      createTransferStakeCall(modules),
      createSwapStakeCall(modules),
      createAddStakeLimitCall(modules),
      createRemoveStakeLimitCall(modules),
      createSwapStakeLimitCall(modules),
      tryAssociateHotkey,
      createRecycleAlphaCall(modules),
      createBurnAlphaCall(modules),
      createRemoveStakeFullLimitCall(modules),
      setPendingChildkeyCooldown,
      setColdkeyAutoStakeHotkey,
      createAddStakeBurnCall(modules),
    ],
    errors: SubtensorErrors,
    storage: [...stakingStorage, ...stakingCallsStorage],
  };
}

/** The staking module over a default swap API (`createSwapApi()`); compositions use `createStakingModule`. */
export const stakingModule: RuntimeModule = createStakingModule({ swap: createSwapApi() });
