/**
 * `tao stake remove`: sell alpha back to TAO. `--netuid <n> --amount <alpha>` sends `remove_stake_limit`
 * (spot price minus --tolerance; plain `remove_stake` with --unsafe); `--netuid <n> --all` sells the whole
 * position with `remove_stake_full_limit`; `--all` without --netuid unstakes the hotkey on every subnet
 * (`unstake_all`, which carries no limit: each position's price move is checked before signing instead).
 */
import type { Keypair } from '@taonet/crypto';
import type { Client, TransactionStage } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { parseNetuid } from '../../chain/netuidInput.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { ChainCheckError, MissingInputError, UsageError } from '../../errors/cliErrors.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { optBoolean, optString, selectWallet } from '../wallet/selectWallet.js';
import { readSlippage, type SlippageSettings } from './priceImpact.js';
import {
  MIN_STAKE,
  readAmount,
  readHotkeyAddress,
  readPool,
  requireHotkey,
  requireStake,
  withStakeHints,
} from './stakeChecks.js';
import { describeProtection, renderTx, shortAddress, toProtection, toTx } from './stakeResults.js';
import { type StakeRemoveResult, stakeRemoveResultSchema } from './stakeSchemas.js';
import { quoteSell, type TradeQuote } from './tradeQuote.js';

type Position = StakeRemoveResult['positions'][number];

interface Plan {
  call: string;
  quotes: { netuid: number; stake: bigint; amount: bigint; quote: TradeQuote }[];
}

async function planOne(
  client: Client,
  target: { hotkey: string; coldkey: string; netuid: number },
  amount: bigint | 'all',
  slippage: SlippageSettings,
): Promise<Plan> {
  const { getStake } = await import('@taonet/sdk');
  const pool = await readPool(client, target.netuid);
  const stake = await getStake(client, target);
  const where = `the position of ${shortAddress(target.hotkey)} on subnet ${target.netuid}`;
  if (amount === 'all' && stake === 0n) requireStake(0n, 1n, where);
  const alpha = amount === 'all' ? stake : amount;
  requireStake(stake, alpha, where);
  const quote = await quoteSell(client, pool, alpha, slippage);
  if (alpha < stake && quote.expectedOut < MIN_STAKE) {
    throw new ChainCheckError(
      'AMOUNT_TOO_LOW',
      `unstaking ${formatTao(alpha)} alpha returns about τ${formatTao(quote.expectedOut)}, below the chain's minimum of τ${formatTao(MIN_STAKE)}`,
      'unstake more, or the whole position with --all',
      { details: { netuid: target.netuid } },
    );
  }
  const call =
    amount === 'all'
      ? 'remove_stake_full_limit'
      : quote.limitPrice === undefined
        ? 'remove_stake'
        : 'remove_stake_limit';
  return { call, quotes: [{ netuid: target.netuid, stake, amount: alpha, quote }] };
}

async function planAll(
  client: Client,
  target: { hotkey: string; coldkey: string },
  slippage: SlippageSettings,
): Promise<Plan> {
  const { getStakeInfoForColdkey } = await import('@taonet/sdk');
  const infos = (await getStakeInfoForColdkey(client, { coldkey: target.coldkey })).filter(
    (info) => info.hotkey === target.hotkey,
  );
  if (infos.length === 0) requireStake(0n, 1n, `hotkey ${shortAddress(target.hotkey)}`);
  const quotes = [];
  for (const info of infos) {
    const pool = await readPool(client, info.netuid);
    quotes.push({
      netuid: info.netuid,
      stake: info.stake,
      amount: info.stake,
      quote: await quoteSell(client, pool, info.stake, slippage),
    });
  }
  return { call: 'unstake_all', quotes };
}

function readTarget(input: CommandInput): { netuid: number | undefined; all: boolean } {
  const all = optBoolean(input, 'all') === true;
  const netuidText = optString(input, 'netuid');
  if (all && typeof input.opts.amount === 'string') throw new UsageError('give --amount or --all, not both');
  return { netuid: netuidText === undefined ? undefined : parseNetuid(netuidText), all };
}

interface SendArgs {
  readonly signer: Keypair;
  readonly hotkey: string;
  readonly onStatus: (stage: TransactionStage) => void;
}

async function sendPlan(client: Client, plan: Plan, args: SendArgs, partial: boolean) {
  const sdk = await import('@taonet/sdk');
  if (plan.call === 'unstake_all') return sdk.unstakeAll(client, args);
  const { netuid, amount, quote } = plan.quotes[0]!;
  const limit = quote.limitPrice;
  const protection = limit === undefined ? { slippage: false as const } : { limitPrice: limit };
  if (plan.call === 'remove_stake_full_limit') {
    return sdk.removeStakeFullLimit(client, { ...args, netuid, ...protection });
  }
  const partialFill = limit === undefined ? {} : { allowPartial: partial };
  return sdk.removeStake(client, { ...args, netuid, amount, ...protection, ...partialFill });
}

export const stakeRemove: CommandModule<StakeRemoveResult> = {
  result: stakeRemoveResultSchema,
  async run(ctx, input) {
    const target = readTarget(input);
    const slippage = readSlippage(input);
    if (target.netuid === undefined && !target.all) {
      throw new MissingInputError(
        'give the subnet with --netuid <n> (or --all for every subnet of the hotkey)',
      );
    }
    const amount = target.all
      ? ('all' as const)
      : await readAmount(ctx, input, 'Alpha to unstake', ' (or --all)');
    const wallet = await selectWallet(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      const hotkey = await readHotkeyAddress(input, wallet);
      const coldkey = (await wallet.getColdkeypub()).address;
      ctx.spinner.start('Checking the stake and the pool');
      await requireHotkey(client, hotkey);
      const plan =
        target.netuid === undefined
          ? await planAll(client, { hotkey, coldkey }, slippage)
          : await planOne(client, { hotkey, coldkey, netuid: target.netuid }, amount, slippage);
      const balanceBefore = await sdk.getBalance(client, { address: coldkey });
      const lines = plan.quotes.map(
        (q) =>
          `  subnet ${q.netuid}: ${formatTao(q.amount)} alpha → about τ${formatTao(q.quote.expectedOut)} (${describeProtection(plan.call === 'unstake_all' ? { ...toProtection(q.quote, slippage), limitPrice: null } : toProtection(q.quote, slippage))})`,
      );
      await confirmOrCancel(ctx, `Unstake from ${shortAddress(hotkey)}?\n${lines.join('\n')}\n`);
      const signer = await unlockColdkey(ctx, input, wallet);
      const receipt = await withStakeHints(() =>
        sendWithSpinner(ctx, 'Unstake', (onStatus) =>
          sendPlan(client, plan, { signer, hotkey, onStatus }, slippage.partial),
        ),
      );
      const at = receipt.blockHash;
      const positions: Position[] = [];
      for (const q of plan.quotes) {
        const after = await sdk.getStake(client, { hotkey, coldkey, netuid: q.netuid, at });
        positions.push({
          netuid: q.netuid,
          amount: q.amount.toString(),
          expectedTao: q.quote.expectedOut.toString(),
          stakeBefore: q.stake.toString(),
          stakeAfter: after.toString(),
          protection:
            plan.call === 'unstake_all' || q.quote.limitPrice === undefined
              ? null
              : toProtection(q.quote, slippage),
        });
      }
      return {
        network: network ?? url,
        coldkey,
        hotkey,
        all: target.all,
        call: plan.call,
        positions,
        balanceBefore: balanceBefore.toString(),
        balanceAfter: (await sdk.getBalance(client, { address: coldkey, at })).toString(),
        tx: toTx(receipt),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(`${c.green('✔')} unstaked from ${c.cyan(result.hotkey)} (${result.call})`);
    for (const p of result.positions) {
      out.line(
        `  subnet ${p.netuid}: stake ${formatTao(BigInt(p.stakeBefore))} → ${c.bold(formatTao(BigInt(p.stakeAfter)))} alpha`,
      );
    }
    out.line(
      `  balance τ${formatTao(BigInt(result.balanceBefore))} → τ${c.bold(formatTao(BigInt(result.balanceAfter)))}`,
    );
    renderTx(out, result.tx);
  },
};
