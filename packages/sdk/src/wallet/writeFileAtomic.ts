/**
 * Writing a wallet file so that a crash or a concurrent writer never leaves a half-written or silently
 * replaced key: the bytes go to a hidden temporary file in the same directory (mode 0600, fsynced), which
 * then replaces the target by `rename` (overwrite) or appears under its name by `link`, which fails when
 * the target exists (no overwrite). Missing directories are created with mode 0700.
 */
import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KeyfileExistsError, KeyfileIoError } from './walletErrors.js';

export const KEYFILE_MODE = 0o600;
export const WALLET_DIR_MODE = 0o700;

export interface WriteFileAtomicOpts {
  /** Replace an existing file (default false: KeyfileExistsError). */
  overwrite?: boolean;
  /** File mode, default 0600. */
  mode?: number;
}

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export function existsError(path: string): KeyfileExistsError {
  return new KeyfileExistsError(`${path} already exists; pass overwrite: true to replace it`, {
    details: { path },
  });
}

function ioError(path: string, action: string, cause: unknown): KeyfileIoError {
  const reason = errnoOf(cause) ?? 'error';
  return new KeyfileIoError(`cannot ${action} ${path} (${reason})`, { details: { path, reason }, cause });
}

async function fileExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false;
    throw ioError(path, 'inspect', error);
  }
}

/** Creates a directory and its missing parents with mode 0700 (existing ones are left as they are). */
export async function ensureWalletDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode: WALLET_DIR_MODE });
  } catch (error) {
    throw ioError(dir, 'create the directory', error);
  }
}

async function writeTemp(path: string, data: Uint8Array, mode: number): Promise<string> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return tmp;
}

async function placeExclusive(tmp: string, path: string): Promise<void> {
  try {
    await link(tmp, path);
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') throw existsError(path);
    // A file system without hard links: check, then rename (a small race, as in btwallet).
    if (await fileExists(path)) throw existsError(path);
    await rename(tmp, path);
  }
}

async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // Some platforms cannot fsync a directory; the data itself is already synced.
  }
}

/** Writes `data` to `path` atomically with mode 0600; see the file comment. */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array,
  opts: WriteFileAtomicOpts = {},
): Promise<void> {
  const mode = opts.mode ?? KEYFILE_MODE;
  await ensureWalletDir(dirname(path));
  if (opts.overwrite !== true && (await fileExists(path))) throw existsError(path);
  let tmp: string | undefined;
  try {
    tmp = await writeTemp(path, data, mode);
    if (opts.overwrite === true) {
      await rename(tmp, path);
      tmp = undefined;
    } else {
      await placeExclusive(tmp, path);
    }
    await chmod(path, mode);
  } catch (error) {
    if (error instanceof KeyfileExistsError) throw error;
    throw ioError(path, 'write', error);
  } finally {
    if (tmp !== undefined) await rm(tmp, { force: true });
  }
  await syncDir(dirname(path));
}
