/**
 * Where a keyfile password comes from, first match wins:
 * 1. `password`: given by the caller;
 * 2. `passwordFile`: a file holding it (one trailing newline is ignored);
 * 3. the environment (unless `useEnv: false`), most specific name first: `passwordEnv` when given, then
 *    for a coldkey `TAO_WALLET_<WALLET>_PASSWORD`, `TAO_WALLET_PASSWORD`, for a hotkey
 *    `TAO_WALLET_<WALLET>_HOTKEY_<HOTKEY>_PASSWORD`, `TAO_HOTKEY_PASSWORD`; each name `N` also as `N_FILE`
 *    holding the path of a password file (Docker secrets); names are upper case with every character
 *    outside A-Z and 0-9 replaced by `_`. Then, to unlock only, btwallet's `BT_PW_<PATH>` variable;
 * 4. `prompt`: a callback the caller provides (the CLI asks on the terminal; it should confirm a new one).
 * Otherwise PasswordRequiredError. A password is never logged, echoed or put in an error.
 */
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { PasswordFileError, PasswordRequiredError, WeakPasswordError } from './walletErrors.js';

export type PasswordPurpose = 'unlock' | 'encrypt';
export type KeyKind = 'coldkey' | 'hotkey';

export interface PasswordRequest {
  /** `unlock` an existing keyfile, or `encrypt` a new one (a prompt should ask twice). */
  purpose: PasswordPurpose;
  wallet: string;
  key: KeyKind;
  /** The hotkey's name, for `key: 'hotkey'`. */
  hotkey?: string;
  /** The keyfile's path. */
  path: string;
  /** 1 for the first prompt, then 2, 3... after wrong passwords. */
  attempt: number;
}

export type PasswordPrompt = (request: PasswordRequest) => Promise<string> | string;

export interface PasswordOpts {
  password?: string;
  passwordFile?: string;
  /** The name of an environment variable to read first. */
  passwordEnv?: string;
  /** Read the environment at all (default true). */
  useEnv?: boolean;
  prompt?: PasswordPrompt;
  /** The environment to read (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** How many times to prompt after a wrong password (default 3). Other sources are not retried. */
  maxAttempts?: number;
}

export interface ResolvedPassword {
  password: string;
  /** Where it came from, for messages: "the password option", "environment variable X", "prompt"... */
  from: string;
  prompted: boolean;
}

export const MIN_PASSWORD_LENGTH = 6;

function envKey(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** The environment variable names read for a key, most specific first (without the `_FILE` forms). */
export function getPasswordEnvNames(request: Pick<PasswordRequest, 'wallet' | 'key' | 'hotkey'>): string[] {
  const wallet = envKey(request.wallet);
  if (request.key === 'coldkey') return [`TAO_WALLET_${wallet}_PASSWORD`, 'TAO_WALLET_PASSWORD'];
  const hotkey = envKey(request.hotkey ?? 'default');
  return [`TAO_WALLET_${wallet}_HOTKEY_${hotkey}_PASSWORD`, 'TAO_HOTKEY_PASSWORD'];
}

/** btwallet's variable for a keyfile (`Keyfile.env_var_name`): BT_PW_ + the path with / and . as _. */
export function getBtwalletPasswordEnvName(path: string): string {
  return `BT_PW_${path.replaceAll(sep, '_').replaceAll('.', '_').toUpperCase()}`;
}

/** btwallet stores base64(password XOR the variable's name) in BT_PW_* variables. */
export function decodeBtwalletEnvPassword(value: string, name: string): string {
  const data = Buffer.from(value.trim(), 'base64');
  const key = Buffer.from(name, 'utf8');
  for (let i = 0; i < data.length; i++) data[i] = (data[i] ?? 0) ^ (key[i % key.length] ?? 0);
  return data.toString('utf8');
}

/** Reads a password file; one trailing newline (LF or CRLF) is not part of the password. */
export async function readPasswordFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new PasswordFileError(`cannot read the password file ${path} (${reason})`, {
      details: { path, reason },
    });
  }
  return text.replace(/\r?\n$/, '');
}

async function fromEnv(
  request: PasswordRequest,
  env: Readonly<Record<string, string | undefined>>,
  first: string | undefined,
): Promise<ResolvedPassword | undefined> {
  const names = [...(first === undefined ? [] : [first]), ...getPasswordEnvNames(request)];
  for (const name of names) {
    const value = env[name];
    if (value !== undefined)
      return { password: value, from: `environment variable ${name}`, prompted: false };
    const file = env[`${name}_FILE`];
    if (file !== undefined) {
      return {
        password: await readPasswordFile(file),
        from: `password file ${file} (${name}_FILE)`,
        prompted: false,
      };
    }
  }
  if (request.purpose !== 'unlock') return undefined;
  const btName = getBtwalletPasswordEnvName(request.path);
  const btValue = env[btName];
  if (btValue === undefined) return undefined;
  return {
    password: decodeBtwalletEnvPassword(btValue, btName),
    from: `environment variable ${btName}`,
    prompted: false,
  };
}

function describeKey(request: PasswordRequest): string {
  return request.key === 'coldkey'
    ? `the coldkey of wallet "${request.wallet}"`
    : `hotkey "${request.hotkey ?? 'default'}" of wallet "${request.wallet}"`;
}

/** The password for a request, from the first source that has one (see the file comment). */
export async function resolvePassword(
  request: PasswordRequest,
  opts: PasswordOpts = {},
): Promise<ResolvedPassword> {
  if (opts.password !== undefined)
    return { password: opts.password, from: 'the password option', prompted: false };
  if (opts.passwordFile !== undefined) {
    const password = await readPasswordFile(opts.passwordFile);
    return { password, from: `password file ${opts.passwordFile}`, prompted: false };
  }
  if (opts.useEnv !== false) {
    const found = await fromEnv(request, opts.env ?? process.env, opts.passwordEnv);
    if (found !== undefined) return found;
  }
  if (opts.prompt !== undefined)
    return { password: await opts.prompt(request), from: 'prompt', prompted: true };
  const names = getPasswordEnvNames(request);
  throw new PasswordRequiredError(
    `${describeKey(request)} needs a password to ${request.purpose}: give one by prompt, a password file, ` +
      `or the environment variable ${names.join(' or ')} (or ${names[0]}_FILE naming a file)`,
    { details: { path: request.path, purpose: request.purpose, envNames: names } },
  );
}

/** Throws WeakPasswordError unless a new password has at least 6 characters (btwallet's minimum). */
export function ensureNewPasswordPolicy(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new WeakPasswordError(`a key password needs at least ${MIN_PASSWORD_LENGTH} characters`, {
      details: { minLength: MIN_PASSWORD_LENGTH },
    });
  }
}
