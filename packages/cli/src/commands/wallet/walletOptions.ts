/**
 * The wallet flags, with btcli's spellings: `--wallet-name` (`--name`, `--wallet_name`, `--wallet.name`),
 * `--wallet-hotkey` (`-H`, `--hotkey`, `--wallet_hotkey`, `--wallet.hotkey`), `--wallet-path` (`-p`,
 * `--wallet_path`, `--wallet.path`). Unset, they come from the environment, then the config file, then
 * btwallet's defaults (`default`, `default`, `~/.bittensor/wallets`).
 */
import type { OptionSpec } from '../../program/optionSpec.js';

export const WALLET_NAME_OPTION: OptionSpec = {
  flags: '--wallet-name <name>',
  description: 'wallet name (env TAO_WALLET_NAME, config wallet-name, else "default")',
  aliases: ['--name'],
};

export const WALLET_HOTKEY_OPTION: OptionSpec = {
  flags: '-H, --wallet-hotkey <name>',
  description: 'hotkey name (env TAO_WALLET_HOTKEY, config wallet-hotkey, else "default")',
  aliases: ['--hotkey'],
};

export const WALLET_PATH_OPTION: OptionSpec = {
  flags: '-p, --wallet-path <dir>',
  description: 'wallets directory (env TAO_WALLET_PATH, config wallet-path, else ~/.bittensor/wallets)',
};

export const WALLET_OPTIONS: readonly OptionSpec[] = [
  WALLET_NAME_OPTION,
  WALLET_HOTKEY_OPTION,
  WALLET_PATH_OPTION,
];

export const N_WORDS_OPTION: OptionSpec = {
  flags: '--n-words <count>',
  description: 'words in the new mnemonic',
  choices: ['12', '15', '18', '21', '24'],
  defaultDescription: '12',
};

/** `--use-password` / `--no-use-password`: whether the new key file is encrypted. */
export function usePasswordOptions(defaultOn: boolean): OptionSpec[] {
  return [
    {
      flags: '--use-password',
      description: `encrypt the key file with a password (default ${defaultOn ? 'on' : 'off'})`,
    },
    { flags: '--no-use-password', description: 'write the key file unencrypted' },
  ];
}

export const OVERWRITE_OPTIONS: readonly OptionSpec[] = [
  {
    flags: '--overwrite',
    description: 'replace existing key files (the old keys are lost unless backed up)',
  },
  { flags: '--no-overwrite', description: 'never replace existing key files (default)', hidden: true },
];

export const PASSWORD_FILE_OPTION: OptionSpec = {
  flags: '--password-file <file>',
  description:
    'read the key password from a file (one trailing newline ignored); also TAO_WALLET_<WALLET>_PASSWORD ' +
    'or TAO_WALLET_<WALLET>_PASSWORD_FILE for the coldkey',
};

export const URI_OPTION: OptionSpec = {
  flags: '--uri <uri>',
  description: 'development key from a secret URI instead of a new mnemonic: alice, //Bob, <mnemonic>//path',
};
