/**
 * Nominations (economics.md §4.2): the TAO value of a hotkey's stake across subnets, the small-nomination
 * cleanup after an unstake (a non-owner position worth less than `NominatorMinRequiredStake ·
 * DefaultMinStake / 1e6` TAO at the spot price is force-unstaked), and dropping a hotkey's pending child
 * keys when its stake falls below `StakeThreshold`.
 */
import { type AccountId, type NetUid, U64_MAX, U64F64, U96F32 } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { isDispatchError } from '../dispatch/dispatchError.js';
import { coldkeyOwnsHotkey } from '../neurons/hotkeyOwnership.js';
import { StakeThreshold } from '../subnets/hyperparameters.js';
import { getAllSubnetNetuids } from '../subnets/subnetRegistry.js';
import { MIN_PRICE_RAO } from '../swap/math/doSwap.js';
import { AlphaV2 } from './schema.js';
import { decreaseStake, getHotkeyStake, getStake } from './stakeAccounting.js';
import { DEFAULT_MIN_STAKE, NominatorMinRequiredStake, PendingChildKeys } from './stakingCallsStorage.js';
import type { StakingModules, StakingSwap } from './stakingModules.js';
import { unstakeFromSubnet } from './unstakeFromSubnet.js';

const MILLION = 1_000_000n;

/** `current_alpha_price` as the U96F32 subtensor multiplies stakes with (fraction floored to 32 bits). */
function priceU96(ctx: DispatchContext, swap: StakingSwap, netuid: NetUid): U96F32 {
  return U96F32.saturatingFromFixed(U64F64, swap.currentAlphaPrice(ctx, netuid));
}

/** `get_total_stake_for_hotkey`: Σ over subnets of the hotkey's alpha × spot price, in TAO (floored). */
export function getTotalStakeForHotkey(ctx: DispatchContext, swap: StakingSwap, hotkey: AccountId): bigint {
  let total = U96F32.ZERO;
  for (const netuid of getAllSubnetNetuids(ctx.state)) {
    const alpha = U96F32.saturatingFromInt(getHotkeyStake(ctx.state, hotkey, netuid));
    total = U96F32.saturatingAdd(total, U96F32.saturatingMul(alpha, priceU96(ctx, swap, netuid)));
  }
  return U96F32.toU64(total);
}

/** `get_nominator_min_required_stake`: `DefaultMinStake · NominatorMinRequiredStake / 1e6` TAO. */
export function getNominatorMinRequiredStake(ctx: Pick<DispatchContext, 'state'>): bigint {
  const factor = NominatorMinRequiredStake.get(ctx.state);
  const product = DEFAULT_MIN_STAKE * factor;
  const saturated = product > U64_MAX ? U64_MAX : product;
  return saturated / MILLION;
}

/**
 * `clear_small_nomination_if_required`: a nominator (not the hotkey's owner) whose alpha on the subnet is
 * worth less than the nominator minimum is unstaked to its coldkey; if that sale fails, the alpha is
 * simply removed from the position.
 */
export function clearSmallNominationIfRequired(
  ctx: DispatchContext,
  modules: StakingModules,
  hotkey: AccountId,
  coldkey: AccountId,
  netuid: NetUid,
): void {
  const { state } = ctx;
  if (coldkeyOwnsHotkey(state, coldkey, hotkey)) return;
  const position = { hotkey, coldkey, netuid };
  const alpha = getStake(state, position);
  const minimum = U96F32.saturatingFromInt(getNominatorMinRequiredStake(ctx));
  const minAlpha = U96F32.toU64(U96F32.safeDiv(minimum, priceU96(ctx, modules.swap, netuid)));
  if (alpha === 0n || alpha >= minAlpha) return;
  const order = { ...position, beneficiary: coldkey, alpha, limitPriceRao: MIN_PRICE_RAO, dropFees: false };
  try {
    state.transaction(() => ctx.events.transaction(() => unstakeFromSubnet(ctx, modules, order)));
  } catch (error) {
    if (!isDispatchError(error)) throw error;
    decreaseStake(state, position, getStake(state, position));
  }
}

/** After an unstake: a hotkey below `StakeThreshold` loses its pending child keys on every subnet. */
export function clearPendingChildrenIfBelowThreshold(
  ctx: DispatchContext,
  swap: StakingSwap,
  hotkey: AccountId,
): void {
  if (getTotalStakeForHotkey(ctx, swap, hotkey) >= StakeThreshold.get(ctx.state)) return;
  for (const netuid of getAllSubnetNetuids(ctx.state)) PendingChildKeys.remove(ctx.state, [netuid, hotkey]);
}

/**
 * `clear_small_nominations`: every stake position is checked against the nominator minimum (after it was
 * raised), in storage order.
 */
export function clearSmallNominations(ctx: DispatchContext, modules: StakingModules): void {
  const positions = [...AlphaV2.entries(ctx.state)].map(([key]) => key);
  for (const [hotkey, coldkey, netuid] of positions) {
    clearSmallNominationIfRequired(ctx, modules, hotkey, coldkey, netuid);
  }
}
