/**
 * Quotes of the trades behind the stake commands, from the SDK's swap simulation at the current block:
 * what a stake buys, what an unstake returns, what a swap between subnets ends with, where the price ends,
 * and the limit sent with the call. A quote that crosses its limit is refused before signing (unless
 * --partial, which fills what fits, or --unsafe, which sends no limit).
 */
import type { Client } from '@taonet/sdk';
import { formatTao } from '../../chain/taoAmount.js';
import { ChainCheckError } from '../../errors/cliErrors.js';
import {
  computeLimit,
  crossesLimit,
  formatFraction,
  type PoolState,
  priceAfterBuy,
  priceAfterSell,
  relativeChange,
  type SlippageSettings,
} from './priceImpact.js';

export interface TradeQuote {
  /** what goes in: TAO (stake) or alpha (unstake, swap) */
  readonly amountIn: bigint;
  /** what comes out at the simulated price, fee deducted */
  readonly expectedOut: bigint;
  readonly fee: bigint;
  readonly priceBefore: bigint;
  readonly priceAfter: bigint;
  /** the limit sent with the call, or undefined with --unsafe */
  readonly limitPrice: bigint | undefined;
  /** relative price move of the trade (signed) */
  readonly impact: number;
}

function refuse(what: string, quote: TradeQuote, slippage: SlippageSettings): never {
  throw new ChainCheckError(
    'SLIPPAGE_TOO_HIGH',
    `${what} moves the price by ${formatFraction(Math.abs(quote.impact))} (τ${formatTao(quote.priceBefore)} → ` +
      `τ${formatTao(quote.priceAfter)} per alpha), beyond the tolerance of ${formatFraction(slippage.tolerance)}`,
    'trade less, raise the tolerance (e.g. --tolerance 2%), fill what fits with --partial, or send without a limit with --unsafe',
    { details: { tolerance: slippage.tolerance, impact: quote.impact } },
  );
}

/** Stake `tao` on a pool: alpha bought, fee, price after, limit (price + tolerance). */
export async function quoteBuy(
  client: Client,
  pool: PoolState & { netuid: number },
  tao: bigint,
  slippage: SlippageSettings,
): Promise<TradeQuote> {
  const { simSwapTaoForAlpha } = await import('@taonet/sdk');
  const sim = await simSwapTaoForAlpha(client, { netuid: pool.netuid, amount: tao });
  const priceAfter = priceAfterBuy(pool, tao - sim.taoFee, sim.alphaAmount);
  const limitPrice = slippage.safe ? computeLimit(pool.price, slippage.tolerance, 'buy') : undefined;
  const quote = {
    amountIn: tao,
    expectedOut: sim.alphaAmount,
    fee: sim.taoFee,
    priceBefore: pool.price,
    priceAfter,
    limitPrice,
    impact: relativeChange(pool.price, priceAfter),
  };
  if (
    limitPrice !== undefined &&
    !slippage.partial &&
    pool.dynamic &&
    crossesLimit(priceAfter, limitPrice, 'buy')
  )
    refuse(`staking τ${formatTao(tao)} on subnet ${pool.netuid}`, quote, slippage);
  return quote;
}

/** Unstake `alpha` on a pool: TAO returned, fee, price after, limit (price - tolerance). */
export async function quoteSell(
  client: Client,
  pool: PoolState & { netuid: number },
  alpha: bigint,
  slippage: SlippageSettings,
): Promise<TradeQuote> {
  const { simSwapAlphaForTao } = await import('@taonet/sdk');
  const sim = await simSwapAlphaForTao(client, { netuid: pool.netuid, amount: alpha });
  const priceAfter = priceAfterSell(pool, alpha - sim.alphaFee, sim.taoAmount);
  const limitPrice = slippage.safe ? computeLimit(pool.price, slippage.tolerance, 'sell') : undefined;
  const quote = {
    amountIn: alpha,
    expectedOut: sim.taoAmount,
    fee: sim.taoFee + sim.alphaFee,
    priceBefore: pool.price,
    priceAfter,
    limitPrice,
    impact: relativeChange(pool.price, priceAfter),
  };
  if (
    limitPrice !== undefined &&
    !slippage.partial &&
    pool.dynamic &&
    crossesLimit(priceAfter, limitPrice, 'sell')
  )
    refuse(`unstaking ${formatTao(alpha)} alpha on subnet ${pool.netuid}`, quote, slippage);
  return quote;
}

/** The origin/destination price ratio (rao), as `swap_stake_limit` checks it. */
const ratioOf = (origin: bigint, destination: bigint) =>
  destination === 0n ? 0n : (origin * 1_000_000_000n) / destination;

/**
 * Move `alpha` from one subnet to another (sell on the origin, buy on the destination): destination alpha
 * expected, and the origin/destination price ratio before and after, limited to ratio - tolerance.
 */
export async function quoteSwap(
  client: Client,
  origin: PoolState & { netuid: number },
  destination: PoolState & { netuid: number },
  alpha: bigint,
  slippage: SlippageSettings,
): Promise<TradeQuote> {
  const { simSwapAlphaForTao, simSwapTaoForAlpha } = await import('@taonet/sdk');
  const sell = await simSwapAlphaForTao(client, { netuid: origin.netuid, amount: alpha });
  const buy = await simSwapTaoForAlpha(client, { netuid: destination.netuid, amount: sell.taoAmount });
  const originAfter = priceAfterSell(origin, alpha - sell.alphaFee, sell.taoAmount);
  const destinationAfter = priceAfterBuy(destination, sell.taoAmount - buy.taoFee, buy.alphaAmount);
  const before = ratioOf(origin.price, destination.price);
  const after = ratioOf(originAfter, destinationAfter);
  const limitPrice = slippage.safe ? computeLimit(before, slippage.tolerance, 'sell') : undefined;
  const quote = {
    amountIn: alpha,
    expectedOut: buy.alphaAmount,
    fee: sell.taoFee + buy.taoFee,
    priceBefore: before,
    priceAfter: after,
    limitPrice,
    impact: relativeChange(before, after),
  };
  const moves = origin.dynamic || destination.dynamic;
  if (limitPrice !== undefined && !slippage.partial && moves && crossesLimit(after, limitPrice, 'sell'))
    refuse(
      `moving ${formatTao(alpha)} alpha from subnet ${origin.netuid} to ${destination.netuid}`,
      quote,
      slippage,
    );
  return quote;
}
