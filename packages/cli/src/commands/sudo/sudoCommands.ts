/**
 * `tao sudo ...` (alias `su`): change a subnet's hyperparameters (`set`, as the owner or the sudo key) and
 * read them (`get`, the same as `tao subnets hyperparameters`). Specs only.
 */
import type { GroupSpec } from '../../program/commandSpec.js';
import type { OptionSpec } from '../../program/optionSpec.js';
import { PASSWORD_FILE_OPTION, WALLET_OPTIONS } from '../wallet/walletOptions.js';
import { SUDO_PARAMS } from './sudoParams.js';

const NETUID_OPTION: OptionSpec = {
  flags: '--netuid <n>',
  description: 'the subnet',
  aliases: ['--netuids'],
};

const PARAM_HELP = SUDO_PARAMS.map((p) => `${p.name}${p.origin === 'root' ? ' (root)' : ''}`).join(', ');

export const sudoGroup: GroupSpec = {
  name: 'sudo',
  aliases: ['su'],
  summary: "set a subnet's hyperparameters (owner or sudo key), show them",
  commands: [
    {
      name: 'set',
      summary: 'set a subnet hyperparameter through its AdminUtils setter',
      description: `Examples:\n  tao sudo set --netuid 1 --param tempo --value 20\n  tao sudo set --netuid 1 --param commit_reveal_weights_enabled --value true\n  tao sudo set --netuid 1 --param alpha_values --value 45875,58982\nThe owner's coldkey signs; "(root)" parameters need the chain's sudo key, which also may set any other.\nParameters: ${PARAM_HELP}.`,
      options: [
        NETUID_OPTION,
        {
          flags: '--param <name>',
          description: "btcli's hyperparameter name, e.g. tempo",
          aliases: ['--parameter'],
        },
        { flags: '--value <value>', description: 'the new value (true/false for switches)' },
        {
          flags: '--sudo',
          description:
            "send it as root (Sudo.sudo) even when the owner could sign: root is not bound by the owner's ranges and rate limits",
        },
        ...WALLET_OPTIONS,
        PASSWORD_FILE_OPTION,
      ],
      load: async () => (await import('./sudoSet.js')).sudoSet,
    },
    {
      name: 'get',
      summary: "a subnet's hyperparameters (same as tao subnets hyperparameters)",
      options: [NETUID_OPTION],
      load: async () => (await import('../subnets/subnetsHyperparameters.js')).subnetsHyperparameters,
    },
  ],
};
