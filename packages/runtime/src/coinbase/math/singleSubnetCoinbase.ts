/**
 * One emitting dynamic subnet for one block of `run_coinbase`, composed from the pure pieces in the order
 * subtensor applies them (economics.md §2.5-2.6):
 * terms (spot price, pre-injection issuance) -> floor tao_in / alpha_in / excess -> `adjust_protocol_liquidity`
 * on the pre-injection reserves -> chain buy of the excess (no fee, max price) with the new weights ->
 * inject alpha_in / tao_in into the reserves -> mint alpha_out and split it into pending amounts.
 */
import { saturatingAddU64, type U64F64, U96F32 } from '@taonet/primitives';
import {
  adjustProtocolLiquidity,
  applySwapToReserves,
  type BalancerPool,
  currentPrice,
  doSwap,
  limitPriceFromRao,
  MAX_PRICE_RAO,
  type SwapOutcome,
} from '../../swap/math/index.js';
import { computePendingEmission, type PendingEmissionSplit } from './pendingEmission.js';
import { getSubnetTerms, type SubnetTerms } from './subnetTerms.js';

export interface SingleSubnetBlockInput {
  readonly taoEmission: U96F32;
  readonly pool: BalancerPool;
  readonly subnetAlphaOut: bigint;
  readonly rootSubnetTao: bigint;
  readonly taoWeightRaw: bigint;
  readonly subnetOwnerCut: bigint;
  readonly ownerCutEnabled: boolean;
  readonly rootSellFlag: boolean;
}

export interface SingleSubnetBlockResult {
  readonly priceBefore: U64F64;
  readonly terms: SubnetTerms;
  readonly taoIn: bigint;
  readonly alphaIn: bigint;
  readonly excessTao: bigint;
  readonly liquidityOk: boolean;
  readonly quoteWeightAfter: bigint;
  readonly injectedTao: bigint;
  readonly injectedAlpha: bigint;
  /** the chain buy of the excess TAO, null when there is no excess */
  readonly chainBuy: SwapOutcome | null;
  readonly protocolAlphaDelta: bigint;
  readonly pending: PendingEmissionSplit;
  readonly subnetTaoAfter: bigint;
  readonly subnetAlphaInAfter: bigint;
  readonly subnetAlphaOutAfter: bigint;
  readonly priceAfter: U64F64;
}

interface ChainBuy {
  readonly outcome: SwapOutcome | null;
  readonly taoReserve: bigint;
  readonly alphaReserve: bigint;
  readonly boughtAlpha: bigint;
}

/** The protocol buy of the excess TAO (no fee, max price) on the reweighted pre-injection reserves. */
function buyExcess(pool: BalancerPool, excessTao: bigint): ChainBuy {
  const unchanged = { taoReserve: pool.taoReserve, alphaReserve: pool.alphaReserve, boughtAlpha: 0n };
  if (excessTao === 0n) return { outcome: null, ...unchanged };
  const outcome = doSwap(pool, 'GetAlphaForTao', excessTao, limitPriceFromRao(MAX_PRICE_RAO), true);
  if (!outcome.ok) return { outcome, ...unchanged }; // swap errors leave the pool as it was
  return {
    outcome,
    ...applySwapToReserves(pool, 'GetAlphaForTao', outcome),
    boughtAlpha: outcome.amountPaidOut,
  };
}

export function computeSingleSubnetBlock(input: SingleSubnetBlockInput): SingleSubnetBlockResult {
  const { pool } = input;
  const priceBefore = currentPrice(pool);
  const terms = getSubnetTerms({
    taoEmission: input.taoEmission,
    subnetAlphaIn: pool.alphaReserve,
    subnetAlphaOut: input.subnetAlphaOut,
    price: priceBefore,
    rootSubnetTao: input.rootSubnetTao,
    taoWeightRaw: input.taoWeightRaw,
  });
  const taoIn = U96F32.toU64(terms.taoIn);
  const alphaIn = U96F32.toU64(terms.alphaIn);
  const excessTao = U96F32.toU64(terms.excessTao);
  const adjustment = adjustProtocolLiquidity(
    pool.quoteWeight,
    pool.taoReserve,
    pool.alphaReserve,
    taoIn,
    alphaIn,
  );
  const buy = buyExcess({ ...pool, quoteWeight: adjustment.quoteWeight }, excessTao);
  const subnetAlphaInAfter = saturatingAddU64(buy.alphaReserve, adjustment.injectedAlpha);
  const subnetTaoAfter = saturatingAddU64(buy.taoReserve, adjustment.injectedTao);
  const pending = computePendingEmission({
    alphaOut: terms.alphaOut,
    subnetAlphaIn: subnetAlphaInAfter,
    subnetAlphaOut: saturatingAddU64(input.subnetAlphaOut, buy.boughtAlpha),
    rootSubnetTao: input.rootSubnetTao,
    taoWeightRaw: input.taoWeightRaw,
    subnetOwnerCut: input.subnetOwnerCut,
    ownerCutEnabled: input.ownerCutEnabled,
    rootSellFlag: input.rootSellFlag,
  });
  const finalPool = {
    ...pool,
    quoteWeight: adjustment.quoteWeight,
    taoReserve: subnetTaoAfter,
    alphaReserve: subnetAlphaInAfter,
  };
  return {
    priceBefore,
    terms,
    taoIn,
    alphaIn,
    excessTao,
    liquidityOk: adjustment.ok,
    quoteWeightAfter: adjustment.quoteWeight,
    injectedTao: adjustment.injectedTao,
    injectedAlpha: adjustment.injectedAlpha,
    chainBuy: buy.outcome,
    protocolAlphaDelta: buy.boughtAlpha,
    pending,
    subnetTaoAfter,
    subnetAlphaInAfter,
    subnetAlphaOutAfter: pending.subnetAlphaOutAfter,
    priceAfter: currentPrice(finalPool),
  };
}
