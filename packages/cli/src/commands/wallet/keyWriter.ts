/**
 * Writing keys the careful way: first check that nothing would be replaced (or, at a terminal, ask), then
 * get the new key's password (--password-file, the TAO_WALLET_* variables, or a masked prompt typed
 * twice), then derive and write while a spinner runs. So a wallet that exists fails before any prompt,
 * and no password is asked for a key that will not be written.
 */
import {
  ensureNewPasswordPolicy,
  KeyfileExistsError,
  type KeyKind,
  MIN_PASSWORD_LENGTH,
  type PasswordRequest,
  resolvePassword,
  type Wallet,
  type WalletFileKind,
} from '@taonet/sdk';
import { CancelledError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { WrittenKey } from './walletSchemas.js';

export function describeKey(wallet: Wallet, kind: KeyKind): string {
  return kind === 'coldkey'
    ? `the coldkey of wallet "${wallet.name}"`
    : `hotkey "${wallet.hotkey}" of wallet "${wallet.name}"`;
}

/** The files a key consists of. */
export function keyFiles(kind: KeyKind): WalletFileKind[] {
  return kind === 'coldkey' ? ['coldkey', 'coldkeypub'] : ['hotkey', 'hotkeypub'];
}

/**
 * Whether existing files may be replaced: true with --overwrite; if some exist, a confirmation at a
 * terminal, else KEYFILE_EXISTS naming the first. False when nothing exists.
 */
export async function confirmOverwrite(
  ctx: CommandContext,
  wallet: Wallet,
  files: readonly WalletFileKind[],
  overwrite: boolean,
): Promise<boolean> {
  if (overwrite) return true;
  const existing: string[] = [];
  for (const file of files) if ((await wallet.getKeyfileInfo(file)).exists) existing.push(wallet.paths[file]);
  const first = existing[0];
  if (first === undefined) return false;
  if (!ctx.prompter.enabled)
    throw new KeyfileExistsError(`${first} already exists`, { details: { path: first } });
  const replace = await ctx.prompter.confirm(
    `${existing.join(' and ')} already ${existing.length > 1 ? 'exist' : 'exists'}. Replace? ` +
      'The old key is lost unless you have its mnemonic.',
    false,
  );
  if (!replace) throw new CancelledError('kept the existing key files; nothing was written');
  return true;
}

function passwordRequest(wallet: Wallet, kind: KeyKind): PasswordRequest {
  return kind === 'coldkey'
    ? { purpose: 'encrypt', wallet: wallet.name, key: kind, path: wallet.paths.coldkey, attempt: 1 }
    : {
        purpose: 'encrypt',
        wallet: wallet.name,
        key: kind,
        hotkey: wallet.hotkey,
        path: wallet.paths.hotkey,
        attempt: 1,
      };
}

/** The password to encrypt a new key file with; PASSWORD_REQUIRED when no source has one. */
export async function getNewKeyPassword(
  ctx: CommandContext,
  wallet: Wallet,
  kind: KeyKind,
  passwordFile: string | undefined,
): Promise<string> {
  const what = describeKey(wallet, kind);
  const { prompter } = ctx;
  const resolved = await resolvePassword(passwordRequest(wallet, kind), {
    env: ctx.io.env,
    ...(passwordFile === undefined ? {} : { passwordFile }),
    ...(prompter.enabled
      ? { prompt: () => prompter.newPassword(`Password to encrypt ${what}`, MIN_PASSWORD_LENGTH) }
      : {}),
  });
  ensureNewPasswordPolicy(resolved.password);
  ctx.log.debug(`password for ${what}: from ${resolved.from}`);
  return resolved.password;
}

export interface KeyMaterial {
  address: string;
  publicKey: string;
  mnemonic: string | null;
}

export function toWrittenKey(
  wallet: Wallet,
  kind: KeyKind,
  key: KeyMaterial,
  encrypted: boolean,
): WrittenKey {
  const cold = kind === 'coldkey';
  return {
    name: cold ? 'coldkey' : wallet.hotkey,
    address: key.address,
    publicKey: key.publicKey,
    path: cold ? wallet.paths.coldkey : wallet.paths.hotkey,
    publicPath: cold ? wallet.paths.coldkeypub : wallet.paths.hotkeypub,
    encrypted,
    mnemonic: key.mnemonic,
  };
}

/** A secret URI from btcli's `--uri` forms: `alice` -> `//Alice`; `//Name`, `<mnemonic>//x`, 0x... as given. */
export function toSecretUri(uri: string): string {
  const trimmed = uri.trim();
  if (/^[a-z][a-z0-9]*$/i.test(trimmed)) return `//${trimmed[0]?.toUpperCase()}${trimmed.slice(1)}`;
  return trimmed;
}

export interface NewKeyOpts {
  words: 12 | 15 | 18 | 21 | 24;
  /** Set: the key comes from this secret URI, and has no mnemonic. */
  uri?: string;
  /** Set: encrypt with it. */
  password?: string;
  overwrite: boolean;
}

/** Generates (or derives from --uri) a key and writes its key file and public file. */
export async function writeNewKey(
  ctx: CommandContext,
  wallet: Wallet,
  kind: KeyKind,
  opts: NewKeyOpts,
): Promise<WrittenKey> {
  const encrypt = opts.password !== undefined;
  const write = {
    usePassword: encrypt,
    overwrite: opts.overwrite,
    useEnv: false,
    ...(opts.password === undefined ? {} : { password: opts.password }),
  };
  if (encrypt) ctx.spinner.start(`Encrypting ${describeKey(wallet, kind)} (argon2i, 512 MiB: a few seconds)`);
  try {
    if (opts.uri !== undefined) {
      const source = { uri: toSecretUri(opts.uri) };
      const keypair =
        kind === 'coldkey'
          ? await wallet.regenerateColdkey(source, write)
          : await wallet.regenerateHotkey(source, write);
      return toWrittenKey(
        wallet,
        kind,
        { address: keypair.address, publicKey: keypair.accountId, mnemonic: null },
        encrypt,
      );
    }
    const created =
      kind === 'coldkey'
        ? await wallet.createColdkey({ ...write, words: opts.words })
        : await wallet.createHotkey({ ...write, words: opts.words });
    const material = {
      address: created.address,
      publicKey: created.keypair.accountId,
      mnemonic: created.mnemonic,
    };
    return toWrittenKey(wallet, kind, material, encrypt);
  } finally {
    ctx.spinner.stop();
  }
}
