/**
 * A wallet's public keys read from its public files (no password: pre-flight checks run before anything is
 * unlocked), and its hotkey unlocked for the calls the hotkey signs (weights). Missing files raise the
 * wallet's own errors (KEYFILE_NOT_FOUND with the path), which presentError explains.
 */
import type { Keypair } from '@taonet/crypto';
import type { Wallet } from '@taonet/sdk';
import { describeKey } from '../commands/wallet/keyWriter.js';
import { unlockOpts } from '../commands/wallet/walletSign.js';
import type { CommandContext } from '../program/commandContext.js';
import type { CommandInput } from '../program/commandSpec.js';

export interface WalletAddresses {
  /** SS58 */
  coldkey: string;
  hotkey: string;
}

export async function readColdkeyAddress(wallet: Wallet): Promise<string> {
  return (await wallet.getColdkeypub()).address;
}

export async function readHotkeyAddress(wallet: Wallet): Promise<string> {
  return (await wallet.getHotkeypub()).address;
}

export async function readWalletAddresses(wallet: Wallet): Promise<WalletAddresses> {
  const [coldkey, hotkey] = await Promise.all([readColdkeyAddress(wallet), readHotkeyAddress(wallet)]);
  return { coldkey, hotkey };
}

/** The wallet's hotkey keypair (hotkeys are usually plaintext; an encrypted one asks like a coldkey). */
export async function unlockHotkey(
  ctx: CommandContext,
  input: CommandInput,
  wallet: Wallet,
): Promise<Keypair> {
  const what = describeKey(wallet, 'hotkey');
  const opts = unlockOpts(ctx, input, what);
  ctx.spinner.start(`Unlocking ${what}`);
  try {
    return await wallet.unlockHotkey(opts);
  } finally {
    ctx.spinner.stop();
  }
}
