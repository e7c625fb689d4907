/**
 * What the staking calls need from other modules, injected at composition (subtensor's `T::SwapInterface`
 * and the root-claim bookkeeping of `claim_root.rs`): the pool operations of the swap module, and the hooks
 * the root claim keeps its per-staker watermarks with when root stake changes.
 */
import type { AccountId } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import type { SwapApi } from '../swap/swapApi.js';

/** The part of `SwapApi` that staking uses. */
export type StakingSwap = Pick<
  SwapApi,
  | 'isDynamic'
  | 'getPool'
  | 'currentAlphaPrice'
  | 'approxFeeAmount'
  | 'swapTaoForAlpha'
  | 'swapAlphaForTao'
  | 'simSwapTaoForAlpha'
  | 'simSwapAlphaForTao'
  | 'maxAmountAdd'
  | 'maxAmountRemove'
  | 'payTaoFee'
  | 'payAlphaFee'
  | 'recycleSubnetAlpha'
  | 'burnSubnetAlpha'
>;

/**
 * Root-claim bookkeeping when root (netuid 0) stake of a (hotkey, coldkey) changes: subtensor's
 * `add_stake_adjust_root_claimed_for_hotkey_and_coldkey` + `maybe_add_coldkey_index` and
 * `remove_stake_adjust_root_claimed_for_hotkey_and_coldkey` + `maybe_remove_coldkey_index`.
 */
export interface RootStakeHooks {
  onRootStakeAdded(ctx: DispatchContext, hotkey: AccountId, coldkey: AccountId, alpha: bigint): void;
  onRootStakeRemoved(ctx: DispatchContext, hotkey: AccountId, coldkey: AccountId, alpha: bigint): void;
}

export interface StakingModules {
  readonly swap: StakingSwap;
  /** absent until the root claim exists: root stake then carries no claim watermark */
  readonly rootStake?: RootStakeHooks;
}
