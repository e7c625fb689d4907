/**
 * `tao wallet transfer --dest <ss58> --amount <tao>`: send TAO from the wallet's coldkey. Keep-alive by
 * default (`Balances.transfer_keep_alive`: the sender never drops below the existential deposit);
 * `--allow-death` may empty the account, `--all` sends everything transferable. Checks the balance
 * (amount + estimated fee) before asking and signing.
 */
import type { Client } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatTao, parseTao } from '../../chain/taoAmount.js';
import { ChainCheckError, MissingInputError, UsageError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { optBoolean, optNonEmpty, selectWallet } from './selectWallet.js';
import { type WalletTransferResult, walletTransferResultSchema } from './walletChainSchemas.js';

interface TransferRequest {
  dest: string;
  amount: bigint | undefined;
  all: boolean;
  keepAlive: boolean;
}

async function readRequest(ctx: CommandContext, input: CommandInput): Promise<TransferRequest> {
  const all = optBoolean(input, 'all') === true;
  const keepAlive = optBoolean(input, 'allowDeath') !== true;
  let dest = optNonEmpty(input, 'dest', '--dest');
  if (dest === undefined) {
    if (!ctx.prompter.enabled) throw new MissingInputError('give the destination with --dest <ss58 address>');
    dest = await ctx.prompter.text('Destination address (SS58)');
  }
  let amountText = optNonEmpty(input, 'amount', '--amount');
  if (all && amountText !== undefined) throw new UsageError('give --amount or --all, not both');
  if (!all && amountText === undefined) {
    if (!ctx.prompter.enabled) throw new MissingInputError('give the amount with --amount <tao> (or --all)');
    amountText = await ctx.prompter.text('Amount of TAO to send');
  }
  const amount = amountText === undefined ? undefined : parseTao(amountText, '--amount');
  if (amount === 0n) throw new UsageError('--amount must be more than 0');
  return { dest, amount, all, keepAlive };
}

async function preflight(client: Client, from: string, req: TransferRequest, fee: bigint) {
  const { getAccountInfo, EXISTENTIAL_DEPOSIT } = await import('@taonet/sdk');
  const account = await getAccountInfo(client, { address: from });
  const spendable = req.keepAlive ? account.transferable : account.free;
  const amount = req.all ? (spendable > fee ? spendable - fee : 0n) : (req.amount ?? 0n);
  if (amount + fee > spendable) {
    const hint = req.keepAlive
      ? `send at most τ${formatTao(spendable > fee ? spendable - fee : 0n)} (keep-alive leaves τ${formatTao(EXISTENTIAL_DEPOSIT)} in the account; --allow-death lifts that), or fund the coldkey`
      : 'send less, or fund the coldkey';
    throw new ChainCheckError(
      'INSUFFICIENT_BALANCE',
      `not enough balance: sending τ${formatTao(amount)} with a fee of about τ${formatTao(fee)}, ` +
        `but ${from} can spend τ${formatTao(spendable)}`,
      hint,
      { details: { address: from } },
    );
  }
  return { account, amount };
}

export const walletTransfer: CommandModule<WalletTransferResult> = {
  result: walletTransferResultSchema,
  async run(ctx, input) {
    const req = await readRequest(ctx, input);
    const wallet = await selectWallet(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      (await import('@taonet/sdk')).toAccountId(req.dest, 'dest');
      const signer = await unlockColdkey(ctx, input, wallet);
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start('Checking the balance');
      const dest = { tag: 'Id' as const, value: sdk.toAccountId(req.dest, 'dest') };
      // The fee of the keep-alive call of the same amount: all three transfer calls weigh about the same.
      const call = sdk.encodeCall(sdk.transferKeepAliveCall, { dest, value: req.amount ?? 1n });
      const fee = await sdk.estimateFee(client, { signer, call });
      const { account, amount } = await preflight(client, signer.address, req, fee);
      await confirmOrCancel(
        ctx,
        `Send τ${formatTao(amount)} from ${signer.address} to ${req.dest} (fee about τ${formatTao(fee)})?`,
      );
      const receipt = await sendWithSpinner(ctx, 'Transfer', (onStatus) =>
        sdk.transfer(client, {
          signer,
          to: req.dest,
          keepAlive: req.keepAlive,
          onStatus,
          ...(req.all ? { all: true } : { amount }),
        }),
      );
      const after = await sdk.getBalance(client, { address: signer.address, at: receipt.blockHash });
      return {
        network: network ?? url,
        from: signer.address,
        to: req.dest,
        amount: amount.toString(),
        keepAlive: req.keepAlive,
        all: req.all,
        fee: receipt.fee === undefined ? null : receipt.fee.toString(),
        extrinsicHash: receipt.hash,
        blockHash: receipt.blockHash,
        blockNumber: receipt.blockNumber,
        balanceBefore: account.free.toString(),
        balanceAfter: after.toString(),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(`${c.green('✔')} sent τ${formatTao(BigInt(result.amount))} to ${c.cyan(result.to)}`);
    out.line(
      `  block ${result.blockNumber} (${result.blockHash}), fee τ${formatTao(BigInt(result.fee ?? '0'))}`,
    );
    out.line(
      `  balance τ${formatTao(BigInt(result.balanceBefore))} → τ${c.bold(formatTao(BigInt(result.balanceAfter)))}`,
    );
  },
};
