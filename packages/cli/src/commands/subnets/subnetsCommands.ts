/**
 * `tao subnets ...` (aliases `s`, `subnet`): browse subnets (list, show, hyperparameters, burn-cost,
 * metagraph, price), create and start one, register a neuron, run the template subnet's miner. Specs
 * only: implementations load when their command runs.
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

const TEMPLATE_MINER_OPTIONS: readonly OptionSpec[] = [
  { flags: '--port <port>', description: 'axon port (default 8091; 0: a free one)' },
  { flags: '--host <ip>', description: 'address the axon binds (default 0.0.0.0: every interface)' },
  {
    flags: '--hotkey-uri <suri>',
    description: 'hotkey from a secret URI (//Bob, a mnemonic) instead of a wallet',
  },
  ...WALLET_OPTIONS,
  { flags: '--no-chain', description: 'no chain: serve every correctly signed request, publish nothing' },
  { flags: '--netuid <n>', description: 'the subnet, with a chain (default 1)' },
  { flags: '--external-ip <ip>', description: 'address published on the chain (behind NAT)' },
  { flags: '--external-port <port>', description: 'port published on the chain (behind NAT)' },
  {
    flags: '--state-dir <dir>',
    description: 'where the axon keeps its nonces (replay protection across restarts)',
  },
  {
    flags: '--log-level <level>',
    description: 'log level (default info)',
    choices: ['debug', 'info', 'warn', 'error'],
  },
  {
    flags: '--log-format <format>',
    description: 'logs as text (default), or one JSON object per line',
    choices: ['text', 'json'],
  },
];

const TEMPLATE_MINER_HELP = `Examples:
  tao subnet template-miner --no-chain --port 8091 --hotkey-uri //Bob
  tao subnet template-miner --network local --netuid 1 --wallet-name miner --wallet-hotkey default
With a chain the hotkey must be registered on the subnet (\`tao subnets register\`); the miner publishes its
axon (serve_axon) and serves the subnet's registered hotkeys. Prints one line once it serves
(\`template miner listening on <host>:<port> hotkey <ss58>\`, a JSON line with --log-format json).`;

export const subnetsGroup: GroupSpec = {
  name: 'subnets',
  aliases: ['s', 'subnet'],
  summary:
    'list subnets, show one, its metagraph and prices; create, start, register; run the template miner',
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
    {
      name: 'template-miner',
      summary: "run the template subnet's miner (Dummy: answers twice the input) until Ctrl-C / SIGTERM",
      description: TEMPLATE_MINER_HELP,
      options: TEMPLATE_MINER_OPTIONS,
      load: async () => (await import('./subnetsTemplateMiner.js')).subnetsTemplateMiner,
    },
  ],
};
