/**
 * One keyfile on disk: inspecting it, unlocking the key it holds (asking for the password only when it is
 * encrypted, re-prompting after a wrong one), and saving a key into it (encrypted as `$NACL` when asked).
 */
import { readFile, stat } from 'node:fs/promises';
import { initCrypto } from '@taonet/crypto';
import {
  createKeyFromKeyfileData,
  decodeKeyfileData,
  encodeKeyfileData,
  getStoredPublicKey,
  type KeyfileData,
  type KeyfileKey,
  type PublicKeyInfo,
} from './keyfileData.js';
import {
  decryptKeyfileData,
  encryptKeyfileData,
  getKeyfileEncryption,
  type KeyfileEncryption,
} from './keyfileEncryption.js';
import {
  ensureNewPasswordPolicy,
  type KeyKind,
  type PasswordOpts,
  type PasswordRequest,
  resolvePassword,
} from './passwordSource.js';
import { KeyfileIoError, KeyfileNotFoundError, WrongPasswordError } from './walletErrors.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/** Which key of which wallet a keyfile holds, for password lookup and messages. */
export interface KeyfileRef {
  wallet: string;
  key: KeyKind;
  hotkey?: string;
  path: string;
}

export interface KeyfileInfo {
  path: string;
  exists: boolean;
  /** Absent when the file does not exist. */
  encryption?: KeyfileEncryption;
  /** The permission bits, e.g. 0o600. */
  mode?: number;
}

export interface UnlockedKey extends KeyfileKey {
  encryption: KeyfileEncryption;
}

export interface SaveKeyfileOpts extends PasswordOpts {
  /** Encrypt as `$NACL` with a password from the password sources. */
  encrypt: boolean;
  overwrite?: boolean;
}

export function describeKeyfile(ref: Omit<KeyfileRef, 'path'>): string {
  return ref.key === 'coldkey'
    ? `the coldkey of wallet "${ref.wallet}"`
    : `hotkey "${ref.hotkey ?? 'default'}" of wallet "${ref.wallet}"`;
}

/** The bytes of a keyfile; KeyfileNotFoundError when it does not exist. */
export async function readKeyfileBytes(path: string, what = `keyfile ${path}`): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'error';
    if (reason === 'ENOENT') {
      throw new KeyfileNotFoundError(`${what} does not exist (${path})`, { details: { path } });
    }
    throw new KeyfileIoError(`cannot read ${what} (${path}): ${reason}`, { details: { path, reason } });
  }
}

/** Whether a keyfile exists, how it is encrypted and its permission bits; reads no secret. */
export async function getKeyfileInfo(path: string): Promise<KeyfileInfo> {
  let mode: number;
  try {
    mode = (await stat(path)).mode & 0o777;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { path, exists: false };
    throw new KeyfileIoError(`cannot inspect ${path}`, { details: { path }, cause });
  }
  const bytes = await readKeyfileBytes(path);
  return { path, exists: true, encryption: getKeyfileEncryption(bytes), mode };
}

/**
 * The public key stored in a plaintext keyfile or public file, or `undefined` when the file is encrypted
 * or stores no public field (a secret-only plaintext keyfile is derived: needs no password).
 */
export async function readPublicKey(path: string, what?: string): Promise<PublicKeyInfo | undefined> {
  const bytes = await readKeyfileBytes(path, what);
  if (getKeyfileEncryption(bytes) !== 'none') return undefined;
  const data = decodeKeyfileData(bytes);
  const stored = getStoredPublicKey(data);
  if (stored !== undefined) return stored;
  await initCrypto();
  const { address, publicKey } = createKeyFromKeyfileData(data);
  return { address, publicKey };
}

async function decryptWithRetries(
  bytes: Uint8Array,
  ref: KeyfileRef,
  opts: PasswordOpts,
): Promise<Uint8Array> {
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 3);
  for (let attempt = 1; ; attempt++) {
    const request: PasswordRequest = { ...ref, purpose: 'unlock', attempt };
    const resolved = await resolvePassword(request, opts);
    try {
      return await decryptKeyfileData(bytes, resolved.password);
    } catch (error) {
      if (!(error instanceof WrongPasswordError)) throw error;
      if (!resolved.prompted || attempt >= maxAttempts) {
        throw new WrongPasswordError(`wrong password for ${describeKeyfile(ref)} (from ${resolved.from})`, {
          details: { path: ref.path, from: resolved.from, attempts: attempt },
        });
      }
    }
  }
}

/** The data in a keyfile, decrypted with a password from the sources when the file is encrypted. */
export async function unlockKeyfileData(
  ref: KeyfileRef,
  opts: PasswordOpts = {},
): Promise<{ data: KeyfileData; encryption: KeyfileEncryption }> {
  const bytes = await readKeyfileBytes(ref.path, describeKeyfile(ref));
  const encryption = getKeyfileEncryption(bytes);
  const plain = encryption === 'none' ? bytes : await decryptWithRetries(bytes, ref, opts);
  try {
    return { data: decodeKeyfileData(plain), encryption };
  } finally {
    plain.fill(0);
  }
}

/** The key in a keyfile, decrypted with a password from the sources when the file is encrypted. */
export async function unlockKeyfile(ref: KeyfileRef, opts: PasswordOpts = {}): Promise<UnlockedKey> {
  const { data, encryption } = await unlockKeyfileData(ref, opts);
  await initCrypto();
  return { ...createKeyFromKeyfileData(data), encryption };
}

/** Writes keyfile data (encrypting it when asked) atomically with mode 0600. */
export async function saveKeyfile(ref: KeyfileRef, data: KeyfileData, opts: SaveKeyfileOpts): Promise<void> {
  let bytes = encodeKeyfileData(data);
  if (opts.encrypt) {
    const { password } = await resolvePassword({ ...ref, purpose: 'encrypt', attempt: 1 }, opts);
    ensureNewPasswordPolicy(password);
    const plain = bytes;
    bytes = await encryptKeyfileData(plain, password);
    plain.fill(0);
  }
  await writeFileAtomic(ref.path, bytes, { overwrite: opts.overwrite === true });
}
