/**
 * `tao weights ...` (aliases `wt`, `weight`): set weights directly, or commit and later reveal them on a
 * subnet with commit-reveal. Signed by the wallet's hotkey. Specs only: implementations load when their
 * command runs.
 */
import type { GroupSpec } from '../../program/commandSpec.js';
import type { OptionSpec } from '../../program/optionSpec.js';
import { PASSWORD_FILE_OPTION, WALLET_OPTIONS } from '../wallet/walletOptions.js';

const NETUID_OPTION: OptionSpec = {
  flags: '--netuid <n>',
  description: 'the subnet',
  aliases: ['--netuids'],
};
const MECHID_OPTION: OptionSpec = { flags: '--mechid <n>', description: 'the subnet mechanism (default 0)' };
const UIDS_OPTION: OptionSpec = {
  flags: '--uids <list>',
  description: 'uids, comma-separated: 0,1,2',
  aliases: ['--uid'],
};
const WEIGHTS_OPTION: OptionSpec = {
  flags: '--weights <list>',
  description: 'one weight per uid, any scale: 0.5,0.5 (the largest is sent as 65535)',
  aliases: ['-w', '--weight'],
};
const VERSION_KEY_OPTION: OptionSpec = {
  flags: '--version-key <n>',
  description: "weights version key (default: the subnet's weights_version hyperparameter)",
};
const SALT_OPTION: OptionSpec = {
  flags: '--salt <list>',
  description: 'u16 salt values: 1,2,3 (default: 8 random ones)',
};
const HOTKEY_NOTE =
  '\nSigned by the wallet hotkey (--wallet-name/--wallet-hotkey); setting weights costs no fee.';

export const weightsGroup: GroupSpec = {
  name: 'weights',
  aliases: ['wt', 'weight'],
  summary: 'set weights, or commit and reveal them (commit-reveal subnets)',
  commands: [
    {
      name: 'set',
      summary: "set the hotkey's weights on a subnet (normalised to u16 as the Python SDK does)",
      description: `Example:\n  tao weights set --netuid 1 --uids 1,2 --weights 0.5,0.5${HOTKEY_NOTE}`,
      options: [
        NETUID_OPTION,
        UIDS_OPTION,
        WEIGHTS_OPTION,
        MECHID_OPTION,
        VERSION_KEY_OPTION,
        ...WALLET_OPTIONS,
        PASSWORD_FILE_OPTION,
      ],
      load: async () => (await import('./weightsSet.js')).weightsSet,
    },
    {
      name: 'commit',
      summary: 'commit a hash of the weights (commit-reveal); the salt is saved for the reveal',
      description: `Example:\n  tao weights commit --netuid 3 --uids 1,2 --weights 0.7,0.3\nPrints the reveal window; the commit (salt included) is kept in <wallet>/weight_commits/.${HOTKEY_NOTE}`,
      options: [
        NETUID_OPTION,
        UIDS_OPTION,
        WEIGHTS_OPTION,
        SALT_OPTION,
        MECHID_OPTION,
        VERSION_KEY_OPTION,
        ...WALLET_OPTIONS,
        PASSWORD_FILE_OPTION,
      ],
      load: async () => (await import('./weightsCommit.js')).weightsCommit,
    },
    {
      name: 'reveal',
      summary: 'reveal the oldest saved commit in its reveal window (--wait waits for it)',
      description: `Examples:\n  tao weights reveal --netuid 3 --wait\n  tao weights reveal --netuid 3 --uids 1,2 --weights 0.7,0.3 --salt 5,9,1${HOTKEY_NOTE}`,
      options: [
        NETUID_OPTION,
        { flags: '--wait', description: 'wait for the reveal window to open' },
        UIDS_OPTION,
        WEIGHTS_OPTION,
        SALT_OPTION,
        MECHID_OPTION,
        VERSION_KEY_OPTION,
        ...WALLET_OPTIONS,
        PASSWORD_FILE_OPTION,
      ],
      load: async () => (await import('./weightsReveal.js')).weightsReveal,
    },
  ],
};
