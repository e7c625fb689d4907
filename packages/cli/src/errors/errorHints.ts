/**
 * How to fix each known error, by code, in `tao` terms (flags and commands rather than SDK options). A
 * hint may read the error's details (paths, names, variable names: never secrets).
 */
import { basename, dirname } from 'node:path';

export interface HintInput {
  code: string;
  details: Readonly<Record<string, unknown>>;
  /** The command that failed, e.g. `wallet create`. */
  command: string;
  /** Whether prompts were possible in this run. */
  interactive: boolean;
}

type HintFn = (input: HintInput) => string | undefined;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Wallet and hotkey names from a wallet file path: <root>/<wallet>/coldkey, .../hotkeys/<hotkey>. */
export function describeWalletPath(path: string): { wallet: string; hotkey?: string } | undefined {
  const parent = dirname(path);
  if (basename(parent) === 'hotkeys') {
    const hotkey = basename(path).replace(/pub\.txt$/, '');
    return { wallet: basename(dirname(parent)), hotkey };
  }
  const file = basename(path);
  if (file === 'coldkey' || file === 'coldkeypub.txt') return { wallet: basename(parent) };
  return undefined;
}

const keyfileNotFound: HintFn = ({ details }) => {
  const where = describeWalletPath(str(details.path) ?? '');
  const list = '`tao wallet list` shows the wallets there (is --wallet-name or --wallet-path wrong?)';
  if (where === undefined) return list;
  if (where.hotkey !== undefined) {
    const flags = `--wallet-name ${where.wallet} --wallet-hotkey ${where.hotkey}`;
    return `create it with \`tao wallet new-hotkey ${flags}\` or restore it with \`tao wallet regen-hotkey ${flags}\`; ${list}`;
  }
  const flags = `--wallet-name ${where.wallet}`;
  return `create it with \`tao wallet create ${flags}\` or restore it with \`tao wallet regen-coldkey ${flags}\`; ${list}`;
};

const keyfileExists: HintFn = ({ command }) => {
  const extra =
    command === 'wallet create' ? '; to add a hotkey to an existing wallet use `tao wallet new-hotkey`' : '';
  return `pass --overwrite to replace it (the old key is lost unless you have its mnemonic), or choose another name${extra}`;
};

const passwordRequired: HintFn = ({ details, interactive }) => {
  const names = Array.isArray(details.envNames) ? details.envNames.filter((n) => typeof n === 'string') : [];
  const env = names[0] === undefined ? '' : `, or set ${names[0]} (or ${names[0]}_FILE naming a file)`;
  const prompt = interactive ? '' : ', or run in a terminal without --no-prompt to be asked';
  return `pass --password-file <file>${env}${prompt}`;
};

const HINTS: Readonly<Record<string, HintFn>> = {
  KEYFILE_NOT_FOUND: keyfileNotFound,
  KEYFILE_EXISTS: keyfileExists,
  WRONG_PASSWORD: ({ details }) => {
    const from = str(details.from);
    return `${from === undefined ? 'check the password' : `check the password from ${from}`} (passwords are case-sensitive); if it is lost, restore the key from its mnemonic with --overwrite`;
  },
  PASSWORD_REQUIRED: passwordRequired,
  PASSWORD_FILE_UNREADABLE: () => 'check the file name and that your user can read it',
  WEAK_PASSWORD: () => 'choose a password of at least 6 characters',
  INVALID_WALLET_NAME: () => 'use a plain name such as my-wallet (no "/", "\\" or leading ".")',
  KEYFILE_INVALID: () =>
    'the file is damaged or not a keyfile: restore the key from its mnemonic with regen-coldkey or regen-hotkey',
  KEYFILE_UNSUPPORTED_FORMAT: () => 'restore the key from its mnemonic with regen-coldkey or regen-hotkey',
  KEYFILE_IO: () => 'check the permissions of the wallet directory and the free disk space',
  INVALID_MNEMONIC: () =>
    'a mnemonic is 12, 15, 18, 21 or 24 words of the BIP39 English list, in order, separated by spaces',
  INVALID_SEED: () => 'a seed is 0x followed by 64 hex digits (32 bytes)',
  INVALID_SECRET_KEY: () => 'a private key is 0x followed by 128 hex digits (64 bytes)',
  INVALID_SS58: () =>
    'an SS58 address starts with 5 and has 48 characters; a public key is 0x and 64 hex digits',
  INVALID_SS58_PREFIX: () =>
    'use an SS58 address of a Substrate chain (Bittensor uses prefix 42, addresses starting with 5)',
  INVALID_PUBLIC_KEY: () => 'a public key is 0x followed by 64 hex digits (32 bytes)',
  INVALID_SURI: () => 'use a development name (alice, bob, ...), //Name, or <mnemonic>//path',
  INVALID_SIGNATURE: () => 'a signature is 0x followed by 128 hex digits (64 bytes)',
  SIGNATURE_INVALID: () => 'check the exact message text, the signer address and the signature',
  INVALID_DERIVATION_PATH: () =>
    'a derivation path is //hard or /soft junctions, e.g. //Alice or <mnemonic>//0',
  MISSING_INPUT: ({ interactive }) =>
    interactive ? undefined : 'give it with the flag named above, or run in a terminal without --no-prompt',
  CONFIG_INVALID: ({ details }) =>
    `fix or delete ${str(details.path) ?? 'the config file'}, or use --config <file>`,
  UNKNOWN_NETWORK: () =>
    'use local, a ws://host:port URL, or name one with `tao config set networks.<name> ws://host:port`',
  CRYPTO_INIT_FAILED: () => 'reinstall the dependencies (npm ci)',
  INVALID_PARAMETER: ({ details }) =>
    ['dest', 'to', 'hotkey', 'coldkey', 'address'].includes(str(details.parameter) ?? '')
      ? 'an SS58 address starts with 5 and has 48 characters; a public key is 0x and 64 hex digits'
      : undefined,
  RPC_CONNECTION: ({ details }) =>
    `is a node running at ${str(details.url) ?? 'that address'}? Start the local chain with \`npm start\`, or pick another with --network ws://host:port`,
  RPC_TIMEOUT: () =>
    'the node did not answer in time: check that it is running and not overloaded, then retry',
  USAGE: ({ command }) => `run \`tao ${command === '' ? '' : `${command} `}--help\` for the usage`,
};

export function getErrorHint(input: HintInput): string | undefined {
  return HINTS[input.code]?.(input);
}
