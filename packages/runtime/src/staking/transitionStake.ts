/**
 * `transition_stake_internal` (economics.md §4.4), behind `move_stake`, `transfer_stake`, `swap_stake` and
 * `swap_stake_limit`. On one subnet the shares move without a swap; across subnets the alpha is sold on the
 * origin (fee dropped only when the origin is root) with the TAO paid to the destination coldkey, then
 * bought on the destination (fee dropped when the origin is root): exactly one swap fee. TAO below
 * `DefaultMinStake` is not re-staked and stays with the destination coldkey.
 */
import { type NetUid, U64_MAX, U64F64 } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { getOwningColdkey } from '../neurons/hotkeyOwnership.js';
import { ROOT_NETUID } from '../subnets/subnetRegistry.js';
import { MAX_PRICE_RAO, MIN_PRICE_RAO } from '../swap/math/doSwap.js';
import { SubnetAlphaIn, SubnetTAO } from '../swap/schema.js';
import { maybeBecomeDelegate } from './delegation.js';
import { getStake } from './stakeAccounting.js';
import { stakeIntoSubnet } from './stakeIntoSubnet.js';
import { DEFAULT_MIN_STAKE } from './stakingCallsStorage.js';
import type { StakingModules, StakingSwap } from './stakingModules.js';
import { transferStakeWithinSubnet } from './transferStakeWithinSubnet.js';
import { unstakeFromSubnet } from './unstakeFromSubnet.js';
import { type StakeTransition, validateStakeTransition } from './validateStake.js';

const ONE_TAO = 1_000_000_000n;

export interface TransitionOpts {
  /** rao per alpha of the origin/destination price ratio (`swap_stake_limit`) */
  readonly limitPriceRao?: bigint;
  readonly allowPartial?: boolean;
  /** transfers need `TransferToggle` on both subnets */
  readonly checkTransferToggle: boolean;
}

function isStable(ctx: DispatchContext, swap: StakingSwap, netuid: NetUid): boolean {
  return netuid === ROOT_NETUID || !swap.isDynamic(ctx, netuid);
}

/**
 * `get_max_amount_move`: origin alpha that can move before the origin/destination price ratio falls to the
 * limit. Root/stable legs use the add/remove limits; dynamic→dynamic the constant-product closed form
 * `α2·t1/(t1+t2)/limit − α1·t2/(t1+t2)` (U64F64). Where subtensor returned `ZeroMaxStakeAmount` this is 0.
 */
export function getMaxAmountMove(
  ctx: DispatchContext,
  swap: StakingSwap,
  originNetuid: NetUid,
  destinationNetuid: NetUid,
  limitPriceRao: bigint,
): bigint {
  const originStable = isStable(ctx, swap, originNetuid);
  const destinationStable = isStable(ctx, swap, destinationNetuid);
  if (originStable && destinationStable) return limitPriceRao > ONE_TAO ? 0n : U64_MAX;
  if (originStable) {
    if (limitPriceRao === 0n) return U64_MAX;
    const tao = U64F64.fromInt(ONE_TAO);
    const destinationPrice = U64F64.saturatingMul(U64F64.safeDiv(tao, U64F64.fromInt(limitPriceRao)), tao);
    return swap.maxAmountAdd(ctx, destinationNetuid, U64F64.toU64(destinationPrice));
  }
  if (destinationStable) return swap.maxAmountRemove(ctx, originNetuid, limitPriceRao);
  return getMaxAmountMoveDynamic(ctx, swap, originNetuid, destinationNetuid, limitPriceRao);
}

function getMaxAmountMoveDynamic(
  ctx: DispatchContext,
  swap: StakingSwap,
  originNetuid: NetUid,
  destinationNetuid: NetUid,
  limitPriceRao: bigint,
): bigint {
  const { state } = ctx;
  const tao1 = SubnetTAO.get(state, [originNetuid]);
  const tao2 = SubnetTAO.get(state, [destinationNetuid]);
  const alpha1 = SubnetAlphaIn.get(state, [originNetuid]);
  const alpha2 = SubnetAlphaIn.get(state, [destinationNetuid]);
  if (tao1 === 0n || tao2 === 0n || alpha1 === 0n || alpha2 === 0n) return 0n;
  const limit = U64F64.safeDiv(U64F64.fromInt(limitPriceRao), U64F64.fromInt(ONE_TAO));
  const current = U64F64.safeDiv(
    swap.currentAlphaPrice(ctx, originNetuid),
    swap.currentAlphaPrice(ctx, destinationNetuid),
  );
  if (limit > current) return 0n;
  if (limitPriceRao === 0n) return U64_MAX;
  const t1 = U64F64.fromInt(tao1);
  const t2 = U64F64.fromInt(tao2);
  const sum = U64F64.saturatingAdd(t1, t2);
  const kept = U64F64.safeDiv(U64F64.saturatingMul(U64F64.fromInt(alpha2), U64F64.safeDiv(t1, sum)), limit);
  const given = U64F64.saturatingMul(U64F64.fromInt(alpha1), U64F64.safeDiv(t2, sum));
  return U64F64.toU64(U64F64.saturatingSub(kept, given));
}

/** Returns the TAO moved (unstaked across subnets, or the TAO value within one). */
export function transitionStake(
  ctx: DispatchContext,
  modules: StakingModules,
  transition: StakeTransition,
  opts: TransitionOpts,
): bigint {
  const { swap } = modules;
  const { originNetuid, destinationNetuid } = transition;
  const origin = { hotkey: transition.originHotkey, coldkey: transition.originColdkey, netuid: originNetuid };
  const available = getStake(ctx.state, origin);
  const alpha = transition.alpha < available ? transition.alpha : available;
  const crossSubnet = originNetuid !== destinationNetuid;
  const max =
    crossSubnet && opts.limitPriceRao !== undefined
      ? getMaxAmountMove(ctx, swap, originNetuid, destinationNetuid, opts.limitPriceRao)
      : alpha;
  validateStakeTransition(ctx, swap, {
    ...transition,
    alpha,
    max,
    allowPartial: opts.allowPartial,
    checkTransferToggle: opts.checkTransferToggle,
  });
  const amount = alpha < max ? alpha : max;
  if (!crossSubnet) {
    return transferStakeWithinSubnet(ctx, modules, {
      originColdkey: transition.originColdkey,
      originHotkey: transition.originHotkey,
      destinationColdkey: transition.destinationColdkey,
      destinationHotkey: transition.destinationHotkey,
      netuid: originNetuid,
      alpha: amount,
    });
  }
  return moveAcrossSubnets(ctx, modules, transition, amount);
}

function moveAcrossSubnets(
  ctx: DispatchContext,
  modules: StakingModules,
  transition: StakeTransition,
  alpha: bigint,
): bigint {
  const dropFeeOrigin = transition.originNetuid === ROOT_NETUID;
  const tao = unstakeFromSubnet(ctx, modules, {
    hotkey: transition.originHotkey,
    coldkey: transition.originColdkey,
    beneficiary: transition.destinationColdkey,
    netuid: transition.originNetuid,
    alpha,
    limitPriceRao: MIN_PRICE_RAO,
    dropFees: dropFeeOrigin,
  });
  if (tao >= DEFAULT_MIN_STAKE) {
    const { destinationHotkey, destinationColdkey } = transition;
    if (getOwningColdkey(ctx.state, destinationHotkey) !== destinationColdkey) {
      maybeBecomeDelegate(ctx.state, destinationHotkey);
    }
    stakeIntoSubnet(ctx, modules, {
      hotkey: destinationHotkey,
      coldkey: destinationColdkey,
      netuid: transition.destinationNetuid,
      tao,
      limitPriceRao: MAX_PRICE_RAO,
      dropFees: !dropFeeOrigin,
    });
  }
  return tao;
}
