/**
 * `tao config ...` (aliases `c`, `conf`): the remembered defaults in the config file (see configFile.ts).
 */
import type { GroupSpec } from '../../program/commandSpec.js';
import { WALLET_HOTKEY_OPTION, WALLET_NAME_OPTION, WALLET_PATH_OPTION } from '../wallet/walletOptions.js';

const KEYS_HELP = `
Keys: network (local, a ws:// or wss:// URL, or a name from networks), networks.<name> (a ws:// URL),
wallet-name, wallet-hotkey, wallet-path. Precedence: flag, then environment (TAO_NETWORK,
TAO_WALLET_NAME, TAO_WALLET_HOTKEY, TAO_WALLET_PATH), then the config file, then the default.
The file: --config <file>, else $TAO_CONFIG, else ~/.taonet/config.json.`;

export const configGroup: GroupSpec = {
  name: 'config',
  aliases: ['c', 'conf'],
  summary: 'remember defaults: network, wallet name, hotkey and path',
  commands: [
    {
      name: 'set',
      summary: 'set defaults: tao config set <key> <value>, or with flags as btcli',
      description: `Examples:\n  tao config set network ws://10.0.0.5:9944\n  tao config set networks.devnet wss://devnet.example:443\n  tao config set --network devnet --wallet-name validator\n${KEYS_HELP}`,
      args: [
        { name: 'key', description: 'the setting' },
        { name: 'value', description: 'its new value' },
      ],
      options: [WALLET_NAME_OPTION, WALLET_HOTKEY_OPTION, WALLET_PATH_OPTION],
      load: async () => (await import('./configSet.js')).configSet,
    },
    {
      name: 'get',
      summary: 'show one setting (or all) with where its value comes from',
      description: KEYS_HELP,
      args: [{ name: 'key', description: 'the setting (default: all)' }],
      load: async () => (await import('./configShow.js')).configGet,
    },
    {
      name: 'list',
      summary: 'show every setting, where each comes from, and the resolved endpoint',
      description: KEYS_HELP,
      load: async () => (await import('./configShow.js')).configList,
    },
    {
      name: 'unset',
      hiddenAliases: ['clear'],
      summary: 'remove a setting from the config file',
      description: KEYS_HELP,
      args: [{ name: 'key', description: 'the setting', required: true }],
      load: async () => (await import('./configSet.js')).configUnset,
    },
  ],
};
