/**
 * The key-swap part of `SubtensorModule` (pallet 7): hotkey swaps on one or all subnets, and the coldkey
 * swap's announce / dispute / execute scheme with root's reset and immediate swap. Modules that keep
 * hotkey- or coldkey-keyed state of their own join through `KeySwapHooks`:
 * `createKeySwapsModule({ hooks })`. The signed-extrinsic guard is `checkColdkeySwap`.
 */
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR, SUBTENSOR_INDEX } from '../subtensor/subtensorPallet.js';
import { announceColdkeySwap } from './calls/announceColdkeySwap.js';
import { clearColdkeySwapAnnouncement } from './calls/clearColdkeySwapAnnouncement.js';
import { disputeColdkeySwap } from './calls/disputeColdkeySwap.js';
import { resetColdkeySwap } from './calls/resetColdkeySwap.js';
import { scheduleSwapColdkey } from './calls/scheduleSwapColdkey.js';
import { createSwapColdkeyCall } from './calls/swapColdkey.js';
import { createSwapColdkeyAnnouncedCall } from './calls/swapColdkeyAnnounced.js';
import { createSwapHotkeyCall } from './calls/swapHotkey.js';
import { createSwapHotkeyV2Call } from './calls/swapHotkeyV2.js';
import type { KeySwapModules } from './keySwapModules.js';
import { keySwapsStorage } from './schema.js';

export function createKeySwapsModule(modules: KeySwapModules = {}): RuntimeModule {
  return {
    name: SUBTENSOR,
    index: SUBTENSOR_INDEX,
    calls: [
      createSwapHotkeyCall(modules),
      createSwapColdkeyCall(modules),
      createSwapHotkeyV2Call(modules),
      scheduleSwapColdkey,
      announceColdkeySwap,
      createSwapColdkeyAnnouncedCall(modules),
      disputeColdkeySwap,
      resetColdkeySwap,
      clearColdkeySwapAnnouncement,
    ],
    errors: SubtensorErrors,
    storage: keySwapsStorage,
  };
}

/** The key swaps without hooks (no root claim yet); compositions use `createKeySwapsModule`. */
export const keySwapsModule: RuntimeModule = createKeySwapsModule();
