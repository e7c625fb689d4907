/**
 * Where swap fees go (economics.md §3.4): 100% to the block author. A TAO fee (buys) is transferred from the
 * subnet account to the author's coldkey; an alpha fee (sells) is sold fee-less into TAO paid to the author.
 * Without an author the TAO fee is burned (`burn_tao`, ignoring failure as subtensor's `let _ =` does) and
 * the alpha fee is burned (`burn_subnet_alpha`: still counted as issued).
 */
import type { AccountId } from '@taonet/primitives';
import { burnTao, transfer } from '../balances/currency.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { isDispatchError } from '../dispatch/dispatchError.js';
import type { AlphaFeeSettlement, FeeRecipient, SwapReceipt } from './swapApi.js';

function blockAuthor(ctx: DispatchContext): AccountId | undefined {
  return ctx.block.author as AccountId | undefined;
}

export function payTaoFee(ctx: DispatchContext, payer: AccountId, fee: bigint): FeeRecipient {
  const author = blockAuthor(ctx);
  if (author !== undefined) {
    if (fee > 0n) transfer(ctx, payer, author, fee, false);
    return { kind: 'author', account: author };
  }
  if (fee > 0n) {
    try {
      ctx.state.transaction(() => ctx.events.transaction(() => burnTao(ctx, payer, fee)));
    } catch (error) {
      if (!isDispatchError(error)) throw error;
    }
  }
  return { kind: 'burned' };
}

/**
 * `sellFeeless(alpha)` sells alpha with no fee and no effective limit (the caller's `swapAlphaForTao` at
 * `MIN_PRICE_RAO`); its TAO output is paid from `subnetAccount` to the author.
 */
export function payAlphaFee(
  ctx: DispatchContext,
  subnetAccount: AccountId,
  alphaFee: bigint,
  sellFeeless: (alpha: bigint) => SwapReceipt,
): AlphaFeeSettlement {
  const author = blockAuthor(ctx);
  if (author === undefined) return { recipient: { kind: 'burned' }, alphaSold: 0n, taoPaid: 0n };
  const recipient: FeeRecipient = { kind: 'author', account: author };
  if (alphaFee === 0n) return { recipient, alphaSold: 0n, taoPaid: 0n };
  const sold = sellFeeless(alphaFee);
  if (sold.amountPaidOut > 0n) transfer(ctx, subnetAccount, author, sold.amountPaidOut, false);
  return { recipient, alphaSold: sold.amountPaidIn + sold.feePaid, taoPaid: sold.amountPaidOut };
}
