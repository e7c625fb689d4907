/**
 * `SwapApi`: what other modules (staking, subnets and registration, coinbase) call to trade against a
 * subnet pool, shaped like subtensor's `SwapHandler` plus the reserve bookkeeping of `stake_utils.rs`
 * (`swap_tao_for_alpha` / `swap_alpha_for_tao`). Created by `createSwapApi(opts, modules)`.
 *
 * Amounts are u64 rao (TAO) or alpha rao; limit prices are rao per alpha (`MAX_PRICE_RAO` = no buy limit,
 * `MIN_PRICE_RAO` = no sell limit). Swaps move reserves and counters only: the TAO itself sits on the
 * subnet account and the caller moves it (stake, unstake, fee payment through `payTaoFee`/`payAlphaFee`).
 */
import type { AccountId, NetUid, U64F64 } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import type { OverlayState } from '../state/overlayState.js';
import type { BalancerPool } from './math/doSwap.js';

export type StateContext = Pick<DispatchContext, 'state'>;

export interface SwapReceipt {
  /** input that entered the pool reserve, net of the fee */
  readonly amountPaidIn: bigint;
  /** output taken from the pool reserve */
  readonly amountPaidOut: bigint;
  /** the fee, in the input token (TAO on buys, alpha on sells); 0 with `dropFees` or on stable pools */
  readonly feePaid: bigint;
  /** the part of the fee owed to the block author: all of it (economics.md §3.4) */
  readonly feeToBlockAuthor: bigint;
  /** input left over because the limit price stopped the swap: `amount - amountPaidIn - feePaid` */
  readonly refund: bigint;
}

/** Where a swap fee went: the block author, or burned when the block has no author. */
export type FeeRecipient =
  | { readonly kind: 'author'; readonly account: AccountId }
  | { readonly kind: 'burned' };

export interface AlphaFeeSettlement {
  readonly recipient: FeeRecipient;
  /** alpha of the fee sold into the pool (less than the fee only if the sale hit `MIN_PRICE_RAO`) */
  readonly alphaSold: bigint;
  /** TAO the author received for the alpha fee (sold fee-less), 0 when burned */
  readonly taoPaid: bigint;
}

/** What `dissolvePool` removed from a subnet. */
export interface DissolvedPool {
  /** the TAO reserve (`SubnetTAO`): the pot the caller pays out to stakers */
  readonly tao: bigint;
  /** the alpha reserve (`SubnetAlphaIn`) */
  readonly alphaIn: bigint;
  /** alpha outstanding (`SubnetAlphaOut`) */
  readonly alphaOut: bigint;
}

export interface SwapOpts {
  /** `SwapMinimumReserve` (default 1_000_000 rao) */
  readonly minimumReserve?: bigint;
  /** `SwapMaxFeeRate` (default 10_000) */
  readonly maxFeeRate?: number;
}

/** What the swap needs from other modules (injected at composition). */
export interface SwapModules {
  /** `SubnetInfo::exists`: whether the subnet is registered (NetworksAdded) */
  subnetExists(state: OverlayState, netuid: NetUid): boolean;
}

export interface SwapApi {
  readonly minimumReserve: bigint;
  readonly maxFeeRate: number;

  /** Whether the subnet trades on the balancer (`SubnetMechanism == 1`). */
  isDynamic(ctx: StateContext, netuid: NetUid): boolean;
  /** The pool as the next swap sees it (weights 0.5 while the balancer is not initialised). */
  getPool(ctx: StateContext, netuid: NetUid): BalancerPool;
  /** `current_alpha_price`: TAO per alpha; 1.0 on stable subnets, 0 while the alpha reserve is empty. */
  currentAlphaPrice(ctx: StateContext, netuid: NetUid): U64F64;
  /** `approx_fee_amount`: the fee a swap of `amount` would pay (0 on stable subnets). */
  approxFeeAmount(ctx: StateContext, netuid: NetUid, amount: bigint): bigint;

  /**
   * Buy alpha with `tao` (`swap_tao_for_alpha`). With `allowPartial` (default) a limit price stops the swap
   * and the rest is refunded; without it the order is fill-or-kill (`SlippageTooHigh` when `tao` exceeds
   * `maxAmountAdd(limit)`). Updates SubnetTAO, SubnetAlphaIn/Out, TotalStake and SubnetVolume.
   */
  swapTaoForAlpha(
    ctx: DispatchContext,
    netuid: NetUid,
    tao: bigint,
    limitPriceRao: bigint,
    dropFees: boolean,
    allowPartial?: boolean,
  ): SwapReceipt;
  /** Sell `alpha` for TAO (`swap_alpha_for_tao`); the alpha fee stays outstanding until `payAlphaFee`. */
  swapAlphaForTao(
    ctx: DispatchContext,
    netuid: NetUid,
    alpha: bigint,
    limitPriceRao: bigint,
    dropFees: boolean,
    allowPartial?: boolean,
  ): SwapReceipt;
  /** `sim_swap` of a buy: no limit, fees on, nothing written (stable: 1:1, 0 if the subnet does not exist). */
  simSwapTaoForAlpha(ctx: StateContext, netuid: NetUid, tao: bigint): SwapReceipt;
  simSwapAlphaForTao(ctx: StateContext, netuid: NetUid, alpha: bigint): SwapReceipt;
  /** `get_max_amount_add`: TAO (fee included) that can be staked before the price reaches the limit. */
  maxAmountAdd(ctx: StateContext, netuid: NetUid, limitPriceRao: bigint): bigint;
  /** `get_max_amount_remove`: alpha (fee included) that can be sold before the price falls to the limit. */
  maxAmountRemove(ctx: StateContext, netuid: NetUid, limitPriceRao: bigint): bigint;

  /**
   * `adjust_protocol_liquidity`: reweight the balancer so that adding (tao, alpha) keeps the price; returns
   * what may be injected ((0, 0) when the weights would leave [0.01, 0.99]). Reserves are not touched.
   */
  adjustProtocolLiquidity(
    ctx: DispatchContext,
    netuid: NetUid,
    taoDelta: bigint,
    alphaDelta: bigint,
  ): { readonly tao: bigint; readonly alpha: bigint };
  /** Add injected liquidity to the reserves: SubnetTAO and TotalStake += tao, SubnetAlphaIn += alpha. */
  injectReserves(ctx: DispatchContext, netuid: NetUid, tao: bigint, alpha: bigint): void;
  /** `maybe_initialize_palswap`: weights 0.5, or `y / (p*x + y)` from a price hint; once per pool. */
  maybeInitializePool(ctx: DispatchContext, netuid: NetUid, price?: U64F64): void;
  /** Seed the pool of a newly registered subnet (economics.md §5.6): dynamic, reserves (tao, alpha). */
  initializeNewSubnetPool(ctx: DispatchContext, netuid: NetUid, tao: bigint, alpha: bigint): void;
  /** Empty and forget the pool of a dissolved subnet; returns the reserves it held. */
  dissolvePool(ctx: DispatchContext, netuid: NetUid): DissolvedPool;

  /** Pay a TAO swap fee from `payer` (the subnet account) to the block author, or burn it without one. */
  payTaoFee(ctx: DispatchContext, payer: AccountId, fee: bigint): FeeRecipient;
  /** Pay an alpha swap fee: sold fee-less into TAO paid from `subnetAccount` to the author, else burned. */
  payAlphaFee(
    ctx: DispatchContext,
    netuid: NetUid,
    subnetAccount: AccountId,
    alphaFee: bigint,
  ): AlphaFeeSettlement;
  /** `recycle_subnet_alpha`: alpha leaves the issuance (SubnetAlphaOut falls). */
  recycleSubnetAlpha(ctx: DispatchContext, netuid: NetUid, amount: bigint): void;
  /** `burn_subnet_alpha`: the alpha is destroyed but still counts as issued (no counter changes). */
  burnSubnetAlpha(ctx: DispatchContext, netuid: NetUid, amount: bigint): void;
}
