/**
 * `tao root ...`: the root network (netuid 0). btcli 9 folded it into `subnets register --netuid 0` and
 * `stake add --netuid 0`; `tao` keeps the old group for its two everyday commands. Specs only.
 */
import type { GroupSpec } from '../../program/commandSpec.js';
import { PASSWORD_FILE_OPTION, WALLET_OPTIONS } from '../wallet/walletOptions.js';

export const rootGroup: GroupSpec = {
  name: 'root',
  summary: 'the root network: register a hotkey, list the members',
  commands: [
    {
      name: 'register',
      summary: "register the wallet's hotkey on root (root_register; no burn)",
      options: [...WALLET_OPTIONS, PASSWORD_FILE_OPTION],
      load: async () => (await import('./rootRegister.js')).rootRegister,
    },
    {
      name: 'list',
      summary: "root's members with their root stake",
      load: async () => (await import('./rootList.js')).rootList,
    },
  ],
};
