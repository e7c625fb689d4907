/**
 * The `Swap` pallet (index 28): the root call `set_fee_rate` and the deprecated liquidity calls. Its
 * storage here is the pallet's own (`SwapBalancer`, `FeeRate`, `PalSwapInitialized`); the reserves it
 * trades against are `SubtensorModule` items, listed in `subnetPoolStorage` for that pallet.
 */
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import {
  addLiquidity,
  disableLp,
  modifyPosition,
  removeLiquidity,
  toggleUserLiquidity,
} from './calls/deprecatedLiquidityCalls.js';
import { createSetFeeRate } from './calls/setFeeRate.js';
import { defaultSwapModules } from './createSwapApi.js';
import { SWAP, SWAP_INDEX, SwapErrors, swapPalletStorage } from './schema.js';
import type { SwapApi, SwapModules } from './swapApi.js';

export function createSwapModule(api: SwapApi, modules: SwapModules = defaultSwapModules): RuntimeModule {
  return {
    name: SWAP,
    index: SWAP_INDEX,
    calls: [
      createSetFeeRate(api, modules),
      addLiquidity,
      removeLiquidity,
      modifyPosition,
      toggleUserLiquidity,
      disableLp,
    ],
    errors: SwapErrors,
    storage: swapPalletStorage,
  };
}
