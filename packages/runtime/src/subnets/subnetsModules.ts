/**
 * What the subnets and registration modules need from other modules, injected at composition (subtensor's
 * `T::SwapInterface`): the pool operations of the swap module.
 */
import type { SwapApi } from '../swap/swapApi.js';

/** The part of `SwapApi` that subnet registration, dissolution and neuron registration use. */
export type SubnetSwap = Pick<
  SwapApi,
  | 'currentAlphaPrice'
  | 'initializeNewSubnetPool'
  | 'dissolvePool'
  | 'swapTaoForAlpha'
  | 'payTaoFee'
  | 'recycleSubnetAlpha'
>;

export interface SubnetsModules {
  readonly swap: SubnetSwap;
}
