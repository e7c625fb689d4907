/**
 * The wallet a command works on, from --wallet-name/--wallet-hotkey/--wallet-path, else the environment,
 * the config file, the defaults (see resolveSettings.ts), and small readers for parsed flag values.
 */
import { createWallet, type Wallet } from '@taonet/sdk';
import { UsageError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput } from '../../program/commandSpec.js';
import type { WalletRef } from './walletSchemas.js';

export function optString(input: CommandInput, key: string): string | undefined {
  const value = input.opts[key];
  return typeof value === 'string' ? value : undefined;
}

export function optBoolean(input: CommandInput, key: string): boolean | undefined {
  const value = input.opts[key];
  return typeof value === 'boolean' ? value : undefined;
}

/** A flag value that must not be empty when given. */
export function optNonEmpty(input: CommandInput, key: string, flag: string): string | undefined {
  const value = optString(input, key);
  if (value !== undefined && value.trim() === '') throw new UsageError(`${flag} needs a value`);
  return value;
}

export async function selectWallet(ctx: CommandContext, input: CommandInput): Promise<Wallet> {
  const name = await ctx.setting('wallet-name', optNonEmpty(input, 'walletName', '--wallet-name'));
  const hotkey = await ctx.setting('wallet-hotkey', optNonEmpty(input, 'walletHotkey', '--wallet-hotkey'));
  const path = await ctx.setting('wallet-path', optNonEmpty(input, 'walletPath', '--wallet-path'));
  const wallet = createWallet({ name: name.value, hotkey: hotkey.value, path: path.value });
  ctx.log.debug(
    `wallet "${wallet.name}" (${name.source}), hotkey "${wallet.hotkey}" (${hotkey.source}), ` +
      `in ${wallet.paths.root} (${path.source})`,
  );
  return wallet;
}

export function toWalletRef(wallet: Wallet): WalletRef {
  return { name: wallet.name, hotkey: wallet.hotkey, path: wallet.paths.dir };
}
