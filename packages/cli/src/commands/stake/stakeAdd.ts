/**
 * `tao stake add --netuid <n> --amount <tao>`: stake TAO to a hotkey (default: the wallet's hotkey) on a
 * subnet, buying its alpha. Protected by default: `add_stake_limit` with the spot price plus --tolerance
 * (0.5%); an order whose simulated price move exceeds it is refused before signing, unless --partial
 * (fill what fits) or --unsafe (plain `add_stake`). Checks the subnet, the hotkey, the minimum and the
 * balance first.
 */
import type { Client } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { readNetuid } from '../../chain/netuidInput.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { ChainCheckError } from '../../errors/cliErrors.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { selectWallet } from '../wallet/selectWallet.js';
import { readSlippage, type SlippageSettings } from './priceImpact.js';
import {
  MIN_STAKE,
  readAmount,
  readHotkeyAddress,
  readPool,
  requireBalance,
  requireHotkey,
  withStakeHints,
} from './stakeChecks.js';
import { describeProtection, renderTx, shortAddress, toProtection, toTx } from './stakeResults.js';
import { type StakeAddResult, stakeAddResultSchema } from './stakeSchemas.js';
import { quoteBuy, type TradeQuote } from './tradeQuote.js';

/** The subnet trades, the hotkey exists, the quote is within the tolerance and above the minimum. */
async function checkStake(
  client: Client,
  req: { hotkey: string; netuid: number; amount: bigint },
  slippage: SlippageSettings,
): Promise<{ pool: Awaited<ReturnType<typeof readPool>>; quote: TradeQuote }> {
  const pool = await readPool(client, req.netuid);
  await requireHotkey(client, req.hotkey);
  const quote = await quoteBuy(client, pool, req.amount, slippage);
  if (req.amount < MIN_STAKE + quote.fee) {
    throw new ChainCheckError(
      'AMOUNT_TOO_LOW',
      `τ${formatTao(req.amount)} is below the minimum stake of τ${formatTao(MIN_STAKE)} plus the swap fee (τ${formatTao(quote.fee)})`,
      `stake at least τ${formatTao(MIN_STAKE + quote.fee)}`,
      { details: { netuid: req.netuid } },
    );
  }
  return { pool, quote };
}

export const stakeAdd: CommandModule<StakeAddResult> = {
  result: stakeAddResultSchema,
  async run(ctx, input) {
    const netuid = await readNetuid(ctx, input);
    const amount = await readAmount(ctx, input, 'TAO to stake');
    const slippage = readSlippage(input);
    const wallet = await selectWallet(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      const hotkey = await readHotkeyAddress(input, wallet);
      const coldkey = (await wallet.getColdkeypub()).address;
      ctx.spinner.start(`Checking subnet ${netuid}, the hotkey and the balance`);
      const { pool, quote } = await checkStake(client, { hotkey, netuid, amount }, slippage);
      const call = sdk.encodeCall(sdk.addStakeLimitCall, {
        hotkey: sdk.toAccountId(hotkey, 'hotkey'),
        netuid,
        amount_staked: amount,
        limit_price: quote.limitPrice ?? 0n,
        allow_partial: slippage.partial,
      });
      const signer = await unlockColdkey(ctx, input, wallet);
      ctx.spinner.start('Estimating the fee');
      const txFee = await sdk.estimateFee(client, { signer, call });
      const account = await requireBalance(client, coldkey, amount + txFee, `staking τ${formatTao(amount)}`);
      const stakeBefore = await sdk.getStake(client, { hotkey, coldkey, netuid });
      const protection = toProtection(quote, slippage);
      await confirmOrCancel(
        ctx,
        `Stake τ${formatTao(amount)} to ${shortAddress(hotkey)} on subnet ${netuid} for about ` +
          `${formatTao(quote.expectedOut)} ${pool.symbol}? (${describeProtection(protection)})`,
      );
      const limit =
        quote.limitPrice === undefined
          ? { slippage: false as const }
          : { limitPrice: quote.limitPrice, allowPartial: slippage.partial };
      const receipt = await withStakeHints(() =>
        sendWithSpinner(ctx, 'Stake', (onStatus) =>
          sdk.addStake(client, { signer, hotkey, netuid, amount, onStatus, ...limit }),
        ),
      );
      const at = receipt.blockHash;
      const [stakeAfter, balanceAfter] = await Promise.all([
        sdk.getStake(client, { hotkey, coldkey, netuid, at }),
        sdk.getBalance(client, { address: coldkey, at }),
      ]);
      return {
        network: network ?? url,
        coldkey,
        hotkey,
        netuid,
        amount: amount.toString(),
        expectedAlpha: quote.expectedOut.toString(),
        protection,
        stakeBefore: stakeBefore.toString(),
        stakeAfter: stakeAfter.toString(),
        balanceBefore: account.free.toString(),
        balanceAfter: balanceAfter.toString(),
        tx: toTx(receipt),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    const gained = BigInt(result.stakeAfter) - BigInt(result.stakeBefore);
    out.line(
      `${c.green('✔')} staked τ${formatTao(BigInt(result.amount))} to ${c.cyan(result.hotkey)} on subnet ${result.netuid}`,
    );
    out.line(
      `  stake ${formatTao(BigInt(result.stakeBefore))} → ${c.bold(formatTao(BigInt(result.stakeAfter)))} alpha (+${formatTao(gained)})`,
    );
    out.line(
      `  balance τ${formatTao(BigInt(result.balanceBefore))} → τ${formatTao(BigInt(result.balanceAfter))}`,
    );
    out.line(c.dim(`  ${describeProtection(result.protection)}`));
    renderTx(out, result.tx);
  },
};
