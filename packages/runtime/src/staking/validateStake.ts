/**
 * The pre-flight checks of the staking calls (subtensor's `staking_safety.rs`), in subtensor's order so a
 * call fails with the same error: `validate_add_stake`, `validate_remove_stake` and
 * `validate_stake_transition` (move, transfer, swap), plus `ensure_subtoken_enabled` and the 1000x input
 * cap of an unstake. Amounts are rao (TAO) or alpha rao; `max` is the amount a limit price allows.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { getFreeBalance } from '../balances/currency.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure, isDispatchError } from '../dispatch/dispatchError.js';
import { hotkeyAccountExists } from '../neurons/hotkeyOwnership.js';
import { TransferToggle } from '../subnets/hyperparameters.js';
import { SubtokenEnabled } from '../subnets/schema.js';
import { ROOT_NETUID, subnetExists } from '../subnets/subnetRegistry.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { MAX_SWAP_INPUT_RESERVE_MULTIPLIER } from '../swap/math/doSwap.js';
import { SubnetAlphaIn } from '../swap/schema.js';
import type { SwapReceipt } from '../swap/swapApi.js';
import { canIncreaseStake, getStake } from './stakeAccounting.js';
import { DEFAULT_MIN_STAKE } from './stakingCallsStorage.js';
import type { StakingSwap } from './stakingModules.js';

/** `ensure_subtoken_enabled` */
export function ensureSubtokenEnabled(ctx: Pick<DispatchContext, 'state'>, netuid: NetUid): void {
  ensure(SubtokenEnabled.get(ctx.state, [netuid]), SubtensorErrors.SubtokenDisabled);
}

/** A simulated swap, or undefined where subtensor's `sim_swap` returns an error. */
function trySim(simulate: () => SwapReceipt): SwapReceipt | undefined {
  try {
    return simulate();
  } catch (error) {
    if (isDispatchError(error)) return undefined;
    throw error;
  }
}

export interface AddStakeCheck {
  readonly coldkey: AccountId;
  readonly hotkey: AccountId;
  readonly netuid: NetUid;
  readonly amount: bigint;
  readonly max: bigint;
  readonly allowPartial: boolean;
}

/** `validate_add_stake` */
export function validateAddStake(ctx: DispatchContext, swap: StakingSwap, check: AddStakeCheck): void {
  const { state } = ctx;
  const { netuid } = check;
  ensure(subnetExists(state, netuid), SubtensorErrors.SubNetworkDoesNotExist);
  ensureSubtokenEnabled(ctx, netuid);
  const minFee =
    trySim(() => swap.simSwapTaoForAlpha(ctx, netuid, DEFAULT_MIN_STAKE))?.feePaid ??
    swap.approxFeeAmount(ctx, netuid, DEFAULT_MIN_STAKE);
  ensure(check.amount >= DEFAULT_MIN_STAKE + minFee, SubtensorErrors.AmountTooLow);
  let amount = check.amount;
  if (!check.allowPartial) ensure(amount <= check.max, SubtensorErrors.SlippageTooHigh);
  else if (check.max < amount) amount = check.max;
  ensure(amount <= getFreeBalance(ctx, check.coldkey), SubtensorErrors.NotEnoughBalanceToStake);
  ensure(hotkeyAccountExists(state, check.hotkey), SubtensorErrors.HotKeyAccountNotExists);
  const sim = trySim(() => swap.simSwapTaoForAlpha(ctx, netuid, amount));
  ensure(sim !== undefined, SubtensorErrors.InsufficientLiquidity);
  ensure(sim.amountPaidIn >= DEFAULT_MIN_STAKE, SubtensorErrors.AmountTooLow);
  ensure(sim.amountPaidOut > 0n, SubtensorErrors.InsufficientLiquidity);
  const position = { hotkey: check.hotkey, coldkey: check.coldkey, netuid };
  ensure(canIncreaseStake(state, position, sim.amountPaidOut), SubtensorErrors.InsufficientLiquidity);
}

export interface RemoveStakeCheck {
  readonly coldkey: AccountId;
  readonly hotkey: AccountId;
  readonly netuid: NetUid;
  readonly alpha: bigint;
  readonly max: bigint;
  readonly allowPartial: boolean;
}

/** `validate_remove_stake` */
export function validateRemoveStake(ctx: DispatchContext, swap: StakingSwap, check: RemoveStakeCheck): void {
  const { state } = ctx;
  const { netuid, alpha } = check;
  ensure(subnetExists(state, netuid), SubtensorErrors.SubNetworkDoesNotExist);
  ensure(alpha > 0n, SubtensorErrors.AmountTooLow);
  const stake = getStake(state, { hotkey: check.hotkey, coldkey: check.coldkey, netuid });
  ensure(stake >= alpha, SubtensorErrors.NotEnoughStakeToWithdraw);
  const sim = trySim(() => swap.simSwapAlphaForTao(ctx, netuid, alpha));
  ensure(sim !== undefined, SubtensorErrors.InsufficientLiquidity);
  if (stake > alpha) ensure(sim.amountPaidOut >= DEFAULT_MIN_STAKE, SubtensorErrors.AmountTooLow);
  if (!check.allowPartial) ensure(alpha <= check.max, SubtensorErrors.SlippageTooHigh);
  ensure(hotkeyAccountExists(state, check.hotkey), SubtensorErrors.HotKeyAccountNotExists);
}

/** Whether `validate_remove_stake` passes (what `unstake_all` uses to skip a subnet). */
export function isRemoveStakeValid(
  ctx: DispatchContext,
  swap: StakingSwap,
  check: RemoveStakeCheck,
): boolean {
  try {
    validateRemoveStake(ctx, swap, check);
    return true;
  } catch (error) {
    if (isDispatchError(error)) return false;
    throw error;
  }
}

/** `ensure_remove_stake_input_within_swap_limit`: at most 1000x the alpha reserve of a dynamic pool. */
export function ensureRemoveStakeWithinSwapLimit(
  ctx: DispatchContext,
  swap: StakingSwap,
  netuid: NetUid,
  alpha: bigint,
): void {
  if (netuid === ROOT_NETUID || !swap.isDynamic(ctx, netuid)) return;
  const cap = SubnetAlphaIn.get(ctx.state, [netuid]) * MAX_SWAP_INPUT_RESERVE_MULTIPLIER;
  ensure(alpha <= cap, SubtensorErrors.InsufficientLiquidity);
}

export interface StakeTransition {
  readonly originColdkey: AccountId;
  readonly destinationColdkey: AccountId;
  readonly originHotkey: AccountId;
  readonly destinationHotkey: AccountId;
  readonly originNetuid: NetUid;
  readonly destinationNetuid: NetUid;
  readonly alpha: bigint;
}

export interface TransitionCheck extends StakeTransition {
  readonly max: bigint;
  /** `maybe_allow_partial`: undefined for the calls without a limit price */
  readonly allowPartial: boolean | undefined;
  readonly checkTransferToggle: boolean;
}

/** `validate_stake_transition` */
export function validateStakeTransition(
  ctx: DispatchContext,
  swap: StakingSwap,
  check: TransitionCheck,
): void {
  const { state } = ctx;
  const { originNetuid, destinationNetuid, alpha } = check;
  const crossSubnet = originNetuid !== destinationNetuid;
  if (check.originColdkey === check.destinationColdkey && check.originHotkey === check.destinationHotkey) {
    ensure(crossSubnet, SubtensorErrors.SameNetuid);
  }
  ensure(subnetExists(state, originNetuid), SubtensorErrors.SubNetworkDoesNotExist);
  if (crossSubnet) ensure(subnetExists(state, destinationNetuid), SubtensorErrors.SubNetworkDoesNotExist);
  ensureSubtokenEnabled(ctx, originNetuid);
  ensureSubtokenEnabled(ctx, destinationNetuid);
  ensure(hotkeyAccountExists(state, check.originHotkey), SubtensorErrors.HotKeyAccountNotExists);
  ensure(hotkeyAccountExists(state, check.destinationHotkey), SubtensorErrors.HotKeyAccountNotExists);
  const origin = { hotkey: check.originHotkey, coldkey: check.originColdkey, netuid: originNetuid };
  ensure(alpha <= getStake(state, origin), SubtensorErrors.NotEnoughStakeToWithdraw);
  if (crossSubnet) {
    const sim = trySim(() => swap.simSwapAlphaForTao(ctx, originNetuid, alpha));
    ensure(sim !== undefined, SubtensorErrors.InsufficientLiquidity);
    ensure(sim.amountPaidOut > DEFAULT_MIN_STAKE, SubtensorErrors.AmountTooLow);
    if (check.allowPartial === false) ensure(alpha <= check.max, SubtensorErrors.SlippageTooHigh);
  }
  if (check.checkTransferToggle) {
    ensure(TransferToggle.get(state, [originNetuid]), SubtensorErrors.TransferDisallowed);
    if (crossSubnet)
      ensure(TransferToggle.get(state, [destinationNetuid]), SubtensorErrors.TransferDisallowed);
  }
}
