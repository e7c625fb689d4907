/**
 * `tao subnets ...` (aliases `s`, `subnet`): browse subnets (list, show, hyperparameters, burn-cost,
 * metagraph). Specs only: implementations load when their command runs.
 */
import type { GroupSpec } from '../../program/commandSpec.js';
import type { OptionSpec } from '../../program/optionSpec.js';

const NETUID_OPTION: OptionSpec = {
  flags: '--netuid <n>',
  description: 'the subnet',
  aliases: ['--netuids'],
};

export const subnetsGroup: GroupSpec = {
  name: 'subnets',
  aliases: ['s', 'subnet'],
  summary: 'list subnets, show one, its hyperparameters, costs and metagraph',
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
  ],
};
