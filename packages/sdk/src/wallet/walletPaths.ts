/**
 * The on-disk layout of btwallet wallets (client.md §4.1):
 *   <path>/<wallet>/coldkey                   keyfile, normally $NACL-encrypted
 *   <path>/<wallet>/coldkeypub.txt            public-only JSON
 *   <path>/<wallet>/hotkeys/<hotkey>          keyfile, plaintext by default
 *   <path>/<wallet>/hotkeys/<hotkey>pub.txt   public-only JSON
 * with `<path>` = `~/.bittensor/wallets` unless told (btcli `--wallet-path`).
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { InvalidWalletNameError } from './walletErrors.js';

export const DEFAULT_WALLET_PATH = '~/.bittensor/wallets';
export const DEFAULT_WALLET_NAME = 'default';
export const DEFAULT_HOTKEY_NAME = 'default';
export const COLDKEY_FILE = 'coldkey';
export const COLDKEYPUB_FILE = 'coldkeypub.txt';
export const HOTKEYS_DIR = 'hotkeys';
export const HOTKEYPUB_SUFFIX = 'pub.txt';

/** A path with a leading `~` or `~/` expanded to the home directory, made absolute. */
export function expandWalletPath(path: string): string {
  if (path === '~') return homedir();
  if (path.startsWith('~/')) return join(homedir(), path.slice(2));
  return resolve(path);
}

/** True when `name` can be a wallet or hotkey name: a plain file name, no separators, no leading dot. */
export function isKeyName(name: string): boolean {
  return name !== '' && !/[/\\\0]/.test(name) && !name.startsWith('.');
}

/** Throws InvalidWalletNameError unless `name` is a plain file name (see isKeyName). */
export function ensureKeyName(name: string, what: 'wallet' | 'hotkey'): void {
  if (!isKeyName(name)) {
    throw new InvalidWalletNameError(
      `"${name}" is not a valid ${what} name: use a plain name without "/", "\\" or a leading "."`,
      { details: { name, what } },
    );
  }
}

export interface WalletPaths {
  /** The directory holding all wallets. */
  root: string;
  /** `<root>/<wallet>`. */
  dir: string;
  coldkey: string;
  coldkeypub: string;
  hotkeysDir: string;
  hotkey: string;
  hotkeypub: string;
}

export function getWalletPaths(path: string, name: string, hotkey: string): WalletPaths {
  ensureKeyName(name, 'wallet');
  ensureKeyName(hotkey, 'hotkey');
  const root = expandWalletPath(path);
  const dir = join(root, name);
  const hotkeysDir = join(dir, HOTKEYS_DIR);
  return {
    root,
    dir,
    coldkey: join(dir, COLDKEY_FILE),
    coldkeypub: join(dir, COLDKEYPUB_FILE),
    hotkeysDir,
    hotkey: join(hotkeysDir, hotkey),
    hotkeypub: join(hotkeysDir, `${hotkey}${HOTKEYPUB_SUFFIX}`),
  };
}
