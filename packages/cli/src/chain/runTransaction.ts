/**
 * The steps every chain-changing command shares: ask for confirmation (skipped with -y/--no-prompt; a
 * "no" cancels), unlock the signing key behind a spinner, and send with a spinner that follows the
 * transaction (signed, in the pool, in a block). A resolved promise means the call succeeded: the SDK
 * throws typed errors (rejected by the pool, failed in the runtime) that presentError turns into
 * `error:` and `hint:` lines.
 */
import type { Keypair } from '@taonet/crypto';
import type { PasswordOpts, TransactionStage, Wallet } from '@taonet/sdk';
import { describeKey } from '../commands/wallet/keyWriter.js';
import { unlockOpts } from '../commands/wallet/walletSign.js';
import { CancelledError } from '../errors/cliErrors.js';
import type { CommandContext } from '../program/commandContext.js';
import type { CommandInput } from '../program/commandSpec.js';

/** Asks `question` when prompts are on; without prompts (-y, no terminal) the answer is yes. */
export async function confirmOrCancel(ctx: CommandContext, question: string): Promise<void> {
  if (!ctx.prompter.enabled) return;
  ctx.spinner.stop();
  if (!(await ctx.prompter.confirm(question, true))) throw new CancelledError();
}

/** The wallet's coldkey keypair (password sources of unlockOpts, prompt pausing the spinner). */
export async function unlockColdkey(
  ctx: CommandContext,
  input: CommandInput,
  wallet: Wallet,
): Promise<Keypair> {
  const what = describeKey(wallet, 'coldkey');
  const opts: PasswordOpts = unlockOpts(ctx, input, what);
  ctx.spinner.start(`Unlocking ${what}`);
  try {
    return await wallet.unlockColdkey(opts);
  } finally {
    ctx.spinner.stop();
  }
}

const STAGES: Record<TransactionStage, string> = {
  signed: 'signed, submitting',
  future: 'in the pool, waiting for an earlier transaction',
  ready: 'in the pool, waiting for a block',
  inBlock: 'in a block',
  finalized: 'finalized',
};

/** Sends with a spinner following its progress; returns what `send` returns. */
export async function sendWithSpinner<T>(
  ctx: CommandContext,
  label: string,
  send: (onStatus: (stage: TransactionStage) => void) => Promise<T>,
): Promise<T> {
  ctx.spinner.start(`${label}: signing`);
  try {
    return await send((stage) => ctx.spinner.start(`${label}: ${STAGES[stage]}`));
  } finally {
    ctx.spinner.stop();
  }
}
