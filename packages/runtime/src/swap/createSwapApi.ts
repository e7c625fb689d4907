/**
 * The `SwapApi` implementation over the runtime state (see swapApi.ts for the contract and README.md for
 * the semantics). `createSwapApi(opts, modules)` is called once at composition; every method takes the
 * dispatch context of the block being executed.
 */
import type { NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { NetworksAdded } from '../subnets/schema.js';
import {
  computeMaxAmount,
  computeStableMaxAmount,
  executeDynamicSwap,
  executeStableSwap,
  stableReceipt,
} from './executeSwap.js';
import { MAX_PRICE_RAO, MIN_PRICE_RAO, type SwapOrder } from './math/doSwap.js';
import {
  adjustPoolWeights,
  dissolvePool,
  initializeNewSubnetPool,
  maybeInitializePool,
  recycleSubnetAlpha,
} from './poolLifecycle.js';
import { isDynamicPool, readCurrentAlphaPrice, readFeeAmount, readPool } from './readPool.js';
import { recordBuy, recordInjection, recordSell } from './recordSwap.js';
import { SWAP_MAX_FEE_RATE, SWAP_MINIMUM_RESERVE } from './schema.js';
import type { StateContext, SwapApi, SwapModules, SwapOpts, SwapReceipt } from './swapApi.js';
import { payAlphaFee, payTaoFee } from './swapFees.js';

/** Subnets exist while `NetworksAdded` says so (`SubnetInfo::exists`). */
export const defaultSwapModules: SwapModules = {
  subnetExists: (state, netuid) => NetworksAdded.get(state, [netuid]),
};

const BUY: SwapOrder = 'GetAlphaForTao';
const SELL: SwapOrder = 'GetTaoForAlpha';

export function createSwapApi(opts: SwapOpts = {}, modules: SwapModules = defaultSwapModules): SwapApi {
  const minimumReserve = opts.minimumReserve ?? SWAP_MINIMUM_RESERVE;
  const maxFeeRate = opts.maxFeeRate ?? SWAP_MAX_FEE_RATE;

  /** A swap as `swap_tao_for_alpha` / `swap_alpha_for_tao` run it: quote, initialise, record. */
  function swap(
    ctx: DispatchContext,
    netuid: NetUid,
    order: SwapOrder,
    amount: bigint,
    limitPriceRao: bigint,
    dropFees: boolean,
    allowPartial: boolean,
  ): SwapReceipt {
    const request = { order, amount, limitPriceRao, dropFees, allowPartial, simulate: false };
    const dynamic = isDynamicPool(ctx.state, netuid);
    const receipt = dynamic
      ? executeDynamicSwap(readPool(ctx.state, netuid, minimumReserve), request)
      : executeStableSwap(request);
    if (dynamic) maybeInitializePool(ctx.state, netuid);
    if (order === BUY) recordBuy(ctx.state, netuid, amount, receipt);
    else recordSell(ctx.state, netuid, receipt);
    return receipt;
  }

  /** `sim_swap`: no limit, fees on, nothing written; stable pools answer 1:1 (0 for an unknown subnet). */
  function simulate(ctx: StateContext, netuid: NetUid, order: SwapOrder, amount: bigint): SwapReceipt {
    if (!isDynamicPool(ctx.state, netuid)) {
      return stableReceipt(modules.subnetExists(ctx.state, netuid) ? amount : 0n);
    }
    const limitPriceRao = order === BUY ? MAX_PRICE_RAO : MIN_PRICE_RAO;
    const request = { order, amount, limitPriceRao, dropFees: false, allowPartial: true, simulate: true };
    return executeDynamicSwap(readPool(ctx.state, netuid, minimumReserve), request);
  }

  function maxAmount(ctx: StateContext, netuid: NetUid, order: SwapOrder, limitPriceRao: bigint): bigint {
    if (!isDynamicPool(ctx.state, netuid)) return computeStableMaxAmount(order, limitPriceRao);
    return computeMaxAmount(readPool(ctx.state, netuid, minimumReserve), order, limitPriceRao);
  }

  return {
    minimumReserve,
    maxFeeRate,
    isDynamic: (ctx, netuid) => isDynamicPool(ctx.state, netuid),
    getPool: (ctx, netuid) => readPool(ctx.state, netuid, minimumReserve),
    currentAlphaPrice: (ctx, netuid) => readCurrentAlphaPrice(ctx.state, netuid),
    approxFeeAmount: (ctx, netuid, amount) => readFeeAmount(ctx.state, netuid, amount, false),
    swapTaoForAlpha: (ctx, netuid, tao, limit, dropFees, allowPartial = true) =>
      swap(ctx, netuid, BUY, tao, limit, dropFees, allowPartial),
    swapAlphaForTao: (ctx, netuid, alpha, limit, dropFees, allowPartial = true) =>
      swap(ctx, netuid, SELL, alpha, limit, dropFees, allowPartial),
    simSwapTaoForAlpha: (ctx, netuid, tao) => simulate(ctx, netuid, BUY, tao),
    simSwapAlphaForTao: (ctx, netuid, alpha) => simulate(ctx, netuid, SELL, alpha),
    maxAmountAdd: (ctx, netuid, limit) => maxAmount(ctx, netuid, BUY, limit),
    maxAmountRemove: (ctx, netuid, limit) => maxAmount(ctx, netuid, SELL, limit),
    adjustProtocolLiquidity: (ctx, netuid, tao, alpha) => adjustPoolWeights(ctx.state, netuid, tao, alpha),
    injectReserves: (ctx, netuid, tao, alpha) => recordInjection(ctx.state, netuid, tao, alpha),
    maybeInitializePool: (ctx, netuid, price) => maybeInitializePool(ctx.state, netuid, price),
    initializeNewSubnetPool: (ctx, netuid, tao, alpha) =>
      initializeNewSubnetPool(ctx.state, netuid, tao, alpha),
    dissolvePool: (ctx, netuid) => dissolvePool(ctx.state, netuid),
    payTaoFee,
    payAlphaFee: (ctx, netuid, subnetAccount, alphaFee) =>
      payAlphaFee(ctx, subnetAccount, alphaFee, (alpha) =>
        swap(ctx, netuid, SELL, alpha, MIN_PRICE_RAO, true, true),
      ),
    recycleSubnetAlpha: (ctx, netuid, amount) => recycleSubnetAlpha(ctx.state, netuid, amount),
    burnSubnetAlpha: () => {
      // `burn_subnet_alpha`: the alpha is gone from its holder but still counts as issued; no counter moves
    },
  };
}
