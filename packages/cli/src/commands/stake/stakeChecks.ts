/**
 * What the stake commands check before signing, and how their failures read: the hotkey (a flag or the
 * wallet's hotkey) exists on chain, the subnet exists and trades, the amount is above the chain's
 * minimum, the coldkey can pay, the stake to move is there. Runtime refusals of a trade (price moved,
 * amount too low, rate limited) get `tao` hints naming the flags.
 */
import type { Client, Wallet } from '@taonet/sdk';
import { formatTao, parseTao } from '../../chain/taoAmount.js';
import { ChainCheckError, MissingInputError, UsageError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput } from '../../program/commandSpec.js';
import { optNonEmpty } from '../wallet/selectWallet.js';
import type { PoolState } from './priceImpact.js';

/** subtensor's `DefaultMinStake`: 0.002 TAO. */
export const MIN_STAKE = 2_000_000n;

/** An address flag (`--hotkey-ss58`), else the wallet's hotkey address; checked as an SS58 address. */
export async function readHotkeyAddress(
  input: CommandInput,
  wallet: Wallet,
  key = 'hotkeySs58',
  flag = '--hotkey-ss58',
): Promise<string> {
  const { toAccountId } = await import('@taonet/sdk');
  const given = optNonEmpty(input, key, flag);
  if (given !== undefined) {
    toAccountId(given, 'hotkey');
    return given.trim();
  }
  return (await wallet.getHotkeypub()).address;
}

/** An SS58 address from a flag (required, asked at a terminal). */
export async function readAddress(
  ctx: CommandContext,
  input: CommandInput,
  key: string,
  flag: string,
  question: string,
): Promise<string> {
  const { toAccountId } = await import('@taonet/sdk');
  let value = optNonEmpty(input, key, flag);
  if (value === undefined) {
    if (!ctx.prompter.enabled) throw new MissingInputError(`give it with ${flag} <ss58 address>`);
    value = await ctx.prompter.text(question);
  }
  toAccountId(value.trim(), key === 'hotkeySs58' ? 'hotkey' : 'address');
  return value.trim();
}

/** `--amount <tao>` (asked at a terminal); undefined only when `optional` and not given. */
export async function readAmount(
  ctx: CommandContext,
  input: CommandInput,
  question: string,
  alternative = '',
): Promise<bigint> {
  let text = optNonEmpty(input, 'amount', '--amount');
  if (text === undefined) {
    if (!ctx.prompter.enabled)
      throw new MissingInputError(`give the amount with --amount <tao>${alternative}`);
    text = await ctx.prompter.text(question);
  }
  const amount = parseTao(text, '--amount');
  if (amount === 0n) throw new UsageError('--amount must be more than 0');
  return amount;
}

/** The owner of a hotkey; refuses a hotkey the chain does not know (never registered or associated). */
export async function requireHotkey(client: Client, hotkey: string): Promise<string> {
  const { getHotkeyOwner } = await import('@taonet/sdk');
  const owner = await getHotkeyOwner(client, { hotkey });
  if (owner === undefined) {
    throw new ChainCheckError(
      'HOTKEY_NOT_REGISTERED',
      `hotkey ${hotkey} is not registered on this chain`,
      'register it first (`tao subnets register --netuid <n>`), or name a registered hotkey with --hotkey-ss58 <address> (`tao subnets metagraph --netuid <n>` lists them)',
      { details: { hotkey } },
    );
  }
  return owner;
}

/** A hotkey the signing coldkey owns (takes, children, swaps are the owner's). */
export async function requireOwnedHotkey(client: Client, hotkey: string, coldkey: string): Promise<void> {
  const owner = await requireHotkey(client, hotkey);
  if (owner !== coldkey) {
    throw new ChainCheckError(
      'NOT_HOTKEY_OWNER',
      `hotkey ${hotkey} belongs to coldkey ${owner}, not to ${coldkey}`,
      "sign with the owner's wallet (--wallet-name), or name one of your hotkeys with --hotkey-ss58",
      { details: { hotkey, owner } },
    );
  }
}

/** The pool of a subnet that exists and trades (start_call done). */
export async function readPool(
  client: Client,
  netuid: number,
): Promise<PoolState & { netuid: number; symbol: string }> {
  const { getDynamicInfo, getNetuids } = await import('@taonet/sdk');
  const info = await getDynamicInfo(client, { netuid });
  if (info === undefined) {
    const netuids = await getNetuids(client);
    throw new ChainCheckError(
      'SUBNET_NOT_FOUND',
      `subnet ${netuid} does not exist on this chain`,
      `\`tao subnets list\` shows the subnets (now: ${netuids.slice(0, 12).join(', ')})`,
      { details: { netuid } },
    );
  }
  if (!info.subtokenEnabled) {
    throw new ChainCheckError(
      'SUBNET_NOT_STARTED',
      `subnet ${netuid} has not started: staking opens with its start call`,
      `the owner starts it with \`tao subnets start --netuid ${netuid}\``,
      { details: { netuid } },
    );
  }
  return {
    netuid,
    symbol: info.symbol,
    price: info.price,
    taoIn: info.taoIn,
    alphaIn: info.alphaIn,
    dynamic: info.mechanism !== 0 && netuid !== 0,
  };
}

/** Refuses when `need` (amount + fee) is more than the coldkey's free balance. */
export async function requireBalance(client: Client, address: string, need: bigint, what: string) {
  const { getAccountInfo } = await import('@taonet/sdk');
  const account = await getAccountInfo(client, { address });
  if (need > account.free) {
    throw new ChainCheckError(
      'INSUFFICIENT_BALANCE',
      `not enough balance: ${what} needs about τ${formatTao(need)} with the fee, but ${address} has τ${formatTao(account.free)}`,
      '`tao wallet balance` shows the balance: use a smaller --amount, or fund the coldkey',
      { details: { address } },
    );
  }
  return account;
}

/** Refuses to move more alpha than the position holds. */
export function requireStake(have: bigint, want: bigint, where: string): void {
  if (want > have) {
    throw new ChainCheckError(
      'INSUFFICIENT_STAKE',
      `not enough stake: ${where} holds ${formatTao(have)} alpha, ${formatTao(want)} asked`,
      have === 0n
        ? '`tao stake list` shows where your stake is'
        : `use --amount ${formatTao(have)} or less (or --all), \`tao stake list\` shows every position`,
      { details: {} },
    );
  }
}

const TRADE_HINTS: Readonly<Record<string, string>> = {
  SlippageTooHigh:
    'the price moved beyond --tolerance: retry, raise it (--tolerance 2%), allow a partial fill (--partial), or trade less',
  PriceLimitExceeded:
    'the price is already past the limit: retry, or raise --tolerance (a tolerance of 0 can never trade)',
  AmountTooLow: `the chain's minimum is τ${formatTao(MIN_STAKE)} (plus the swap fee) per stake operation: use a larger --amount`,
  NotEnoughStakeToWithdraw: '`tao stake list` shows your positions: unstake less',
  NotEnoughBalanceToStake: '`tao wallet balance` shows the balance: stake less',
  HotKeyAccountNotExists: 'the hotkey is not registered: name a registered one with --hotkey-ss58',
  TxRateLimitExceeded: 'rate limited: wait some blocks and retry',
  DelegateTxRateLimitExceeded:
    'a take may be raised once per rate-limit period: lower it now, raise it later',
  TxChildkeyTakeRateLimitExceeded: 'a childkey take may be raised once per rate-limit period: retry later',
  StakingRateLimitExceeded: 'rate limited: wait a block and retry',
  ColdkeySwapAnnounced: 'this coldkey announced a swap: it may sign only `tao wallet swap-coldkey` steps now',
};

/** Runs `send`; a runtime refusal of a stake call keeps its message and gets a hint in `tao` terms. */
export async function withStakeHints<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    const { ExtrinsicFailedError } = await import('@taonet/sdk');
    if (!(error instanceof ExtrinsicFailedError)) throw error;
    const hint = TRADE_HINTS[error.moduleError.name];
    if (hint === undefined) throw error;
    const { shortMessage, detail } = error;
    throw new ChainCheckError(
      error.code,
      detail === undefined ? shortMessage : `${shortMessage}: ${detail}`,
      hint,
      {
        cause: error,
        details: { pallet: error.moduleError.pallet, error: error.moduleError.name },
      },
    );
  }
}
