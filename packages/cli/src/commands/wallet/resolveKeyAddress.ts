/**
 * A key named on the command line either by address or by name: an SS58 address (or 0x public key) as it
 * is, else the name of a hotkey of the selected wallet (`--new-hotkey validator2`) or of a wallet in the
 * same wallets directory (`--new-coldkey cold2`), read from its public file (no password).
 */
import type { Wallet } from '@taonet/sdk';

const looksLikeAddress = (text: string) =>
  /^5[1-9A-HJ-NP-Za-km-z]{46,47}$/.test(text) || /^0x[0-9a-fA-F]{64}$/.test(text);

/** The SS58 address of `text`: an address, or a hotkey name of `wallet`. */
export async function resolveHotkeyAddress(wallet: Wallet, text: string): Promise<string> {
  const sdk = await import('@taonet/sdk');
  const trimmed = text.trim();
  if (looksLikeAddress(trimmed)) return sdk.toAddress(sdk.toAccountId(trimmed, 'hotkey'));
  return (await wallet.withHotkey(trimmed).getHotkeypub()).address;
}

/** The SS58 address of `text`: an address, or the name of a wallet beside `wallet`. */
export async function resolveColdkeyAddress(wallet: Wallet, text: string): Promise<string> {
  const sdk = await import('@taonet/sdk');
  const trimmed = text.trim();
  if (looksLikeAddress(trimmed)) return sdk.toAddress(sdk.toAccountId(trimmed, 'coldkey'));
  return (await sdk.createWallet({ name: trimmed, path: wallet.path }).getColdkeypub()).address;
}
