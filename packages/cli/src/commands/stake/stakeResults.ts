/** Pieces of the stake commands' results: the transaction, the price protection, short addresses. */
import type { TransactionReceipt } from '@taonet/sdk';
import { formatTao } from '../../chain/taoAmount.js';
import type { HumanOutput } from '../../program/commandSpec.js';
import { formatFraction, relativeChange, type SlippageSettings } from './priceImpact.js';
import type { Protection, TxResult } from './stakeSchemas.js';
import type { TradeQuote } from './tradeQuote.js';

export function toTx(receipt: TransactionReceipt): TxResult {
  return {
    extrinsicHash: receipt.hash,
    blockHash: receipt.blockHash,
    blockNumber: receipt.blockNumber,
    fee: receipt.fee === undefined ? null : receipt.fee.toString(),
  };
}

export function toProtection(quote: TradeQuote, slippage: SlippageSettings): Protection {
  return {
    tolerance: slippage.safe ? slippage.tolerance : null,
    limitPrice: quote.limitPrice === undefined ? null : quote.limitPrice.toString(),
    partial: slippage.partial,
    priceBefore: quote.priceBefore.toString(),
    priceAfterEstimate: quote.priceAfter.toString(),
  };
}

/** `5Grwva…GKutQY` */
export const shortAddress = (address: string) =>
  address.length > 14 ? `${address.slice(0, 6)}…${address.slice(-6)}` : address;

/** One line on the price protection of a trade, for confirmations and results. */
export function describeProtection(p: Protection | null): string {
  if (p === null) return 'no trade through a pool';
  const move = formatFraction(Math.abs(relativeChange(BigInt(p.priceBefore), BigInt(p.priceAfterEstimate))));
  const limit =
    p.limitPrice === null
      ? 'no price limit (--unsafe)'
      : `limit τ${formatTao(BigInt(p.limitPrice))} (tolerance ${formatFraction(p.tolerance ?? 0)}${p.partial ? ', partial fill allowed' : ''})`;
  return `price τ${formatTao(BigInt(p.priceBefore))}, moves about ${move}; ${limit}`;
}

export function renderTx(out: HumanOutput, tx: TxResult): void {
  const fee = tx.fee === null ? '' : `, fee τ${formatTao(BigInt(tx.fee))}`;
  out.line(out.color.dim(`  block ${tx.blockNumber} (${tx.blockHash})${fee}`));
}
