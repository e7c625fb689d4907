/** What the coinbase needs from other modules, injected at composition: the pools (subtensor's `SwapInterface`). */
import type { SwapApi } from '../swap/swapApi.js';

export type CoinbaseSwap = Pick<
  SwapApi,
  | 'currentAlphaPrice'
  | 'adjustProtocolLiquidity'
  | 'swapTaoForAlpha'
  | 'swapAlphaForTao'
  | 'injectReserves'
  | 'recycleSubnetAlpha'
  | 'burnSubnetAlpha'
>;

export interface CoinbaseModules {
  readonly swap: CoinbaseSwap;
}
