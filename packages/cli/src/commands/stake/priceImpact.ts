/**
 * Slippage protection of the stake commands. `--tolerance` (default 0.5%) bounds how far a trade may move
 * the subnet's pool price: the limit price sent with the `*_limit` call is the spot price plus (buying) or
 * minus (selling) the tolerance, and the chain refuses a trade that would cross it. Before signing, the
 * price after the trade is estimated from the SDK's swap simulation and the pool's reserves (the pool is a
 * weighted balancer: its price is proportional to TAO reserve / alpha reserve while the weights are fixed),
 * so that an order that would fail is refused with the numbers. All amounts bigint rao; prices rao per
 * alpha (1e9 = 1 TAO per alpha).
 */
import { UsageError } from '../../errors/cliErrors.js';
import type { CommandInput } from '../../program/commandSpec.js';

export const DEFAULT_TOLERANCE = 0.005;
const SCALE = 1_000_000_000n;

export interface SlippageSettings {
  /** the tolerated price move, a fraction in [0, 1) */
  readonly tolerance: number;
  /** false with --unsafe: the plain call, no limit */
  readonly safe: boolean;
  /** --partial: fill what fits under the limit */
  readonly partial: boolean;
}

/** `0.005`, `.5%`, `0.5 %` -> 0.005; a fraction in [0, 1). */
export function parseTolerance(text: string): number {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const number = percent ? trimmed.slice(0, -1).trim() : trimmed;
  const value = /^(\d+\.?\d*|\.\d+)$/.test(number) ? Number(number) / (percent ? 100 : 1) : Number.NaN;
  if (!Number.isFinite(value) || value < 0 || value >= 1) {
    throw new UsageError(
      `--tolerance must be a fraction such as 0.005 or a percentage such as 0.5%, below 100%, got "${text}"`,
    );
  }
  return value;
}

export function readSlippage(input: CommandInput): SlippageSettings {
  const text = input.opts.tolerance;
  const tolerance = typeof text === 'string' ? parseTolerance(text) : DEFAULT_TOLERANCE;
  const safe = input.opts.unsafe !== true;
  const partial = input.opts.partial === true;
  if (!safe && typeof text === 'string') throw new UsageError('give --tolerance or --unsafe, not both');
  if (!safe && partial) throw new UsageError('--partial needs a price limit: leave out --unsafe');
  return { tolerance, safe, partial };
}

/** `price * (1 + tolerance)` buying, `price * (1 - tolerance)` selling (the SDK's computeLimitPrice). */
export function computeLimit(price: bigint, tolerance: number, side: 'buy' | 'sell'): bigint {
  const delta = BigInt(Math.round(tolerance * 1e9)); // float-ok: a user tolerance in parts per 1e9
  return (price * (side === 'buy' ? SCALE + delta : SCALE - delta)) / SCALE;
}

/** A subnet pool as the estimate needs it. */
export interface PoolState {
  /** spot price, rao per alpha */
  readonly price: bigint;
  readonly taoIn: bigint;
  readonly alphaIn: bigint;
  /** false for root and stable pools: the price never moves */
  readonly dynamic: boolean;
}

/** The spot price after `taoNet` TAO (fee excluded) went in and `alphaOut` came out. */
export function priceAfterBuy(pool: PoolState, taoNet: bigint, alphaOut: bigint): bigint {
  if (!pool.dynamic || pool.taoIn === 0n) return pool.price;
  const alphaLeft = pool.alphaIn - alphaOut;
  if (alphaLeft <= 0n) return pool.price * 1_000_000n;
  return (pool.price * (pool.taoIn + taoNet) * pool.alphaIn) / (pool.taoIn * alphaLeft);
}

/** The spot price after `alphaNet` alpha (fee excluded) went in and `taoOut` came out. */
export function priceAfterSell(pool: PoolState, alphaNet: bigint, taoOut: bigint): bigint {
  if (!pool.dynamic || pool.taoIn === 0n) return pool.price;
  const taoLeft = pool.taoIn - taoOut;
  if (taoLeft <= 0n) return 0n;
  return (pool.price * taoLeft * pool.alphaIn) / (pool.taoIn * (pool.alphaIn + alphaNet));
}

/** The relative change from `before` to `after` (0.012 = +1.2%), for display and checks. */
export function relativeChange(before: bigint, after: bigint): number {
  if (before === 0n) return 0;
  return Number(((after - before) * 1_000_000_000n) / before) / 1e9; // float-ok: display fraction
}

/** Whether a trade ending at `after` crosses the limit (the chain would refuse it, fill-or-kill). */
export function crossesLimit(after: bigint, limit: bigint, side: 'buy' | 'sell'): boolean {
  return side === 'buy' ? after > limit : after < limit;
}

/** The alpha value of `alpha` in TAO at `price` (rao), rounded down. */
export function alphaToTao(alpha: bigint, price: bigint): bigint {
  return (alpha * price) / SCALE;
}

/** `0.005` -> `0.50%`. */
export function formatFraction(fraction: number): string {
  return `${(fraction * 100).toFixed(2)}%`;
}
