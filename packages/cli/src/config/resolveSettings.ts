/**
 * Where each remembered setting comes from, first match wins: the command-line flag, the environment,
 * the config file, the default. The environment names also accept btwallet's (`BT_WALLET_NAME`, ...).
 */
import type { ConfigData, ConfigValueKey } from './configFile.js';
import { DEFAULT_NETWORK } from './resolveNetwork.js';

export type SettingSource = 'flag' | 'env' | 'config' | 'default';

export interface Setting {
  key: ConfigValueKey;
  value: string;
  source: SettingSource;
  /** The environment variable it came from, when source is `env`. */
  envName?: string;
}

export interface SettingDef {
  /** The flag that sets it for one command. */
  flag: string;
  env: readonly string[];
  default: string;
  description: string;
}

export const SETTING_DEFS: Readonly<Record<ConfigValueKey, SettingDef>> = {
  network: {
    flag: '--network',
    env: ['TAO_NETWORK'],
    default: DEFAULT_NETWORK,
    description: 'chain: local, a name under networks.<name>, or a ws:// URL',
  },
  'wallet-name': {
    flag: '--wallet-name',
    env: ['TAO_WALLET_NAME', 'BT_WALLET_NAME'],
    default: 'default',
    description: 'wallet used when no --wallet-name is given',
  },
  'wallet-hotkey': {
    flag: '--wallet-hotkey',
    env: ['TAO_WALLET_HOTKEY', 'BT_WALLET_HOTKEY'],
    default: 'default',
    description: 'hotkey used when no --wallet-hotkey is given',
  },
  'wallet-path': {
    flag: '--wallet-path',
    env: ['TAO_WALLET_PATH', 'BT_WALLET_PATH'],
    // The SDK's default wallets directory (btwallet's).
    default: '~/.bittensor/wallets',
    description: 'directory holding the wallets',
  },
};

export function resolveSetting(
  key: ConfigValueKey,
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  config: ConfigData,
): Setting {
  if (flag !== undefined) return { key, value: flag, source: 'flag' };
  const def = SETTING_DEFS[key];
  for (const name of def.env) {
    const value = env[name];
    if (value !== undefined && value !== '') return { key, value, source: 'env', envName: name };
  }
  const configured = config.values[key];
  if (configured !== undefined) return { key, value: configured, source: 'config' };
  return { key, value: def.default, source: 'default' };
}

export type ConfigKey = { kind: 'value'; key: ConfigValueKey } | { kind: 'network'; name: string };

/**
 * A key as typed on `tao config set|get|unset`: `network`, `wallet-name` (also `wallet_name`,
 * `wallet.name`, `walletName`, `name`), `wallet-hotkey` (`hotkey`), `wallet-path` (`path`),
 * `networks.<name>`. Undefined when unknown.
 */
export function parseConfigKey(input: string): ConfigKey | undefined {
  const network = /^networks?\.(.+)$/.exec(input);
  if (network?.[1] !== undefined) return { kind: 'network', name: network[1] };
  const normal = input
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[_.]/g, '-');
  const short: Record<string, ConfigValueKey> = {
    name: 'wallet-name',
    hotkey: 'wallet-hotkey',
    path: 'wallet-path',
  };
  const key = short[normal] ?? normal;
  return key in SETTING_DEFS ? { kind: 'value', key: key as ConfigValueKey } : undefined;
}
