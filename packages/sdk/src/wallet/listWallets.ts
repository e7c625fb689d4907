/**
 * The wallets and hotkeys on disk (btcli `wallet list`), with their public addresses: read from the public
 * files, or from plaintext keyfiles. No password is asked and no secret is decrypted; a file that cannot be
 * read is listed with the error code instead of failing the whole listing.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isTaonetError, type Ss58 } from '@taonet/primitives';
import { getKeyfileInfo, readPublicKey } from './keyfile.js';
import type { KeyfileEncryption } from './keyfileEncryption.js';
import { Wallet } from './wallet.js';
import { KeyfileIoError } from './walletErrors.js';
import { DEFAULT_WALLET_PATH, expandWalletPath, HOTKEYPUB_SUFFIX, isKeyName } from './walletPaths.js';

export interface KeySummary {
  name: string;
  /** The keyfile's path. */
  path: string;
  /** Whether the keyfile (not only its public file) exists. */
  exists: boolean;
  encryption?: KeyfileEncryption;
  address?: Ss58;
  /** The error code when a file could not be read (e.g. KEYFILE_INVALID). */
  error?: string;
}

export interface WalletSummary {
  name: string;
  /** The wallet's directory. */
  path: string;
  coldkey: KeySummary;
  hotkeys: KeySummary[];
}

async function listDir(dir: string): Promise<{ name: string; isDir: boolean; isFile: boolean }[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => !e.name.startsWith('.'))
      .map((e) => ({ name: e.name, isDir: e.isDirectory(), isFile: e.isFile() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code;
    if (reason === 'ENOENT' || reason === 'ENOTDIR') return [];
    throw new KeyfileIoError(`cannot list ${dir} (${reason ?? 'error'})`, { details: { path: dir }, cause });
  }
}

async function publicAddress(paths: readonly string[]): Promise<Ss58 | undefined> {
  for (const path of paths) {
    if (!(await getKeyfileInfo(path)).exists) continue;
    const pub = await readPublicKey(path);
    if (pub !== undefined) return pub.address;
  }
  return undefined;
}

async function summarise(name: string, keyPath: string, pubPath: string): Promise<KeySummary> {
  const summary: KeySummary = { name, path: keyPath, exists: false };
  try {
    const info = await getKeyfileInfo(keyPath);
    summary.exists = info.exists;
    if (info.encryption !== undefined) summary.encryption = info.encryption;
    const address = await publicAddress([pubPath, keyPath]);
    if (address !== undefined) summary.address = address;
  } catch (error) {
    if (!isTaonetError(error)) throw error;
    summary.error = error.code;
  }
  return summary;
}

/**
 * The hotkeys of a wallet: the files in its hotkeys folder, a `<name>pub.txt` file counting as hotkey
 * `<name>` (so a watch-only hotkey with only its public file is listed too).
 */
export async function listHotkeys(wallet: Wallet): Promise<KeySummary[]> {
  const dir = wallet.paths.hotkeysDir;
  const names = new Set<string>();
  for (const entry of await listDir(dir)) {
    if (!entry.isFile || !isKeyName(entry.name)) continue;
    const isPub = entry.name.endsWith(HOTKEYPUB_SUFFIX) && entry.name.length > HOTKEYPUB_SUFFIX.length;
    names.add(isPub ? entry.name.slice(0, -HOTKEYPUB_SUFFIX.length) : entry.name);
  }
  const sorted = [...names].sort();
  return Promise.all(sorted.map((n) => summarise(n, join(dir, n), join(dir, `${n}${HOTKEYPUB_SUFFIX}`))));
}

/** Every wallet under the wallets directory (default `~/.bittensor/wallets`), sorted by name. */
export async function listWallets(opts: { path?: string } = {}): Promise<WalletSummary[]> {
  const path = opts.path ?? DEFAULT_WALLET_PATH;
  const root = expandWalletPath(path);
  const wallets: WalletSummary[] = [];
  for (const entry of await listDir(root)) {
    // A folder whose name btwallet could not have made (e.g. with a backslash) is not a wallet.
    if (!entry.isDir || !isKeyName(entry.name)) continue;
    const wallet = new Wallet({ name: entry.name, path: root });
    wallets.push({
      name: entry.name,
      path: wallet.paths.dir,
      coldkey: await summarise('coldkey', wallet.paths.coldkey, wallet.paths.coldkeypub),
      hotkeys: await listHotkeys(wallet),
    });
  }
  return wallets;
}
