/**
 * `tao subnets ...` (aliases `s`, `subnet`): browse subnets (list, show, hyperparameters, burn-cost,
 * metagraph, price), create and start one, register a neuron. Specs only: implementations load when
 * their command runs.
 */
import type { GroupSpec } from '../../program/commandSpec.js';
import type { OptionSpec } from '../../program/optionSpec.js';
import { PASSWORD_FILE_OPTION, WALLET_OPTIONS } from '../wallet/walletOptions.js';

const NETUID_OPTION: OptionSpec = {
  flags: '--netuid <n>',
  description: 'the subnet',
  aliases: ['--netuids'],
};

const IDENTITY_OPTIONS: readonly OptionSpec[] = [
  {
    flags: '--subnet-name <name>',
    description: "the subnet's name (identity)",
    aliases: ['--subnet-identity'],
  },
  { flags: '--symbol <symbol>', description: "the alpha token's symbol (one of the chain's symbols)" },
  { flags: '--github-repo <url>', description: 'source repository (identity)', aliases: ['--repo'] },
  { flags: '--subnet-contact <email>', description: 'contact (identity)', aliases: ['--contact'] },
  { flags: '--subnet-url <url>', description: 'web site (identity)', aliases: ['--url'] },
  { flags: '--discord <handle>', description: 'Discord (identity)' },
  { flags: '--description <text>', description: 'what the subnet does (identity)' },
  { flags: '--logo-url <url>', description: 'logo (identity)' },
  { flags: '--additional-info <text>', description: 'anything else (identity)' },
];

export const subnetsGroup: GroupSpec = {
  name: 'subnets',
  aliases: ['s', 'subnet'],
  summary: 'list subnets, show one, its metagraph and prices; create, start, register',
  commands: [
    {
      name: 'list',
      summary: 'every subnet: price, pool, neurons, tempo, registration price',
      load: async () => (await import('./subnetsList.js')).subnetsList,
    },
    {
      name: 'show',
      summary: "one subnet's details (owner, pool, price, timing, identity)",
      description: 'Example:\n  tao subnets show --netuid 1',
      options: [NETUID_OPTION],
      load: async () => (await import('./subnetsShow.js')).subnetsShow,
    },
    {
      name: 'hyperparameters',
      summary: "a subnet's hyperparameters",
      options: [NETUID_OPTION],
      load: async () => (await import('./subnetsHyperparameters.js')).subnetsHyperparameters,
    },
    {
      name: 'burn-cost',
      hiddenAliases: ['burn_cost'],
      summary: 'cost of creating a subnet now, or with --netuid of registering a neuron there',
      options: [
        { ...NETUID_OPTION, description: 'give the neuron registration price on this subnet instead' },
      ],
      load: async () => (await import('./subnetsBurnCost.js')).subnetsBurnCost,
    },
    {
      name: 'metagraph',
      summary: 'the neurons of a subnet: stake, incentive, dividends, consensus, trust, emission, axon',
      description:
        'Examples:\n  tao subnets metagraph --netuid 1\n  tao subnets metagraph --netuid 1 --json | jq .data.neurons[0]',
      options: [NETUID_OPTION],
      load: async () => (await import('./subnetsMetagraph.js')).subnetsMetagraph,
    },
    {
      name: 'price',
      summary: 'alpha price of a subnet (or of every subnet): spot, EMA, pool reserves',
      options: [{ ...NETUID_OPTION, description: 'one subnet (default: all)' }],
      load: async () => (await import('./subnetsPrice.js')).subnetsPrice,
    },
    {
      name: 'create',
      summary: 'register a new subnet (locks the shown cost), owned by the coldkey, the hotkey as uid 0',
      description:
        'Examples:\n  tao subnets create --wallet-name owner --subnet-name "my subnet" --github-repo https://...\n  tao subnets create -y --json\nThe lock cost (`tao subnets burn-cost`) is shown and the balance checked before anything is signed.',
      options: [...WALLET_OPTIONS, ...IDENTITY_OPTIONS, PASSWORD_FILE_OPTION],
      load: async () => (await import('./subnetsCreate.js')).subnetsCreate,
    },
    {
      name: 'start',
      hiddenAliases: ['start-call', 'start_call'],
      summary: "start a subnet's emission and staking (owner only, once, after the start delay)",
      options: [NETUID_OPTION, ...WALLET_OPTIONS, PASSWORD_FILE_OPTION],
      load: async () => (await import('./subnetsStart.js')).subnetsStart,
    },
    {
      name: 'register',
      summary: 'register the hotkey on a subnet by burning the registration price (burned_register)',
      description:
        'Example:\n  tao subnets register --netuid 1 --wallet-name miner --wallet-hotkey default\nThe price is shown and the balance checked first; the coldkey pays.',
      options: [NETUID_OPTION, ...WALLET_OPTIONS, PASSWORD_FILE_OPTION],
      load: async () => (await import('./subnetsRegister.js')).subnetsRegister,
    },
  ],
};
