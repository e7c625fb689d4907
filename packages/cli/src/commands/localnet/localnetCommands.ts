/**
 * `tao localnet up|status|down`: a whole local network (a dev chain node, the OCR and forecasting subnets
 * with their owners, validators and miners as processes) on this machine. Specs only: implementations load
 * when their command runs.
 */
import type { GroupSpec } from '../../program/commandSpec.js';
import type { OptionSpec } from '../../program/optionSpec.js';

export const DATA_DIR_OPTION: OptionSpec = {
  flags: '--data-dir <dir>',
  description: 'where the chain, wallets, logs and state live (env TAO_LOCALNET_DIR)',
  defaultDescription: '~/.taonet/localnet',
};

export const localnetGroup: GroupSpec = {
  name: 'localnet',
  summary: 'run a local network: node, subnets, validators and miners',
  commands: [
    {
      name: 'up',
      summary: 'start the node, create and start both subnets, run every neuron; Ctrl-C stops them all',
      description: [
        'Examples:',
        '  tao localnet up                              keeps its state in ~/.taonet/localnet',
        '  tao localnet up --reset --tempo 10           fresh chain, an epoch every 11 blocks',
        '  tao localnet up --data-dir ./net --rpc-port 9955 --block-time 500',
        'From another terminal: tao localnet status [--json], tao localnet down (same --data-dir).',
      ].join('\n'),
      options: [
        DATA_DIR_OPTION,
        { flags: '--reset', description: 'wipe the data folder first: a new chain', aliases: ['--fresh'] },
        { flags: '--block-time <ms>', description: 'milliseconds per block', defaultDescription: '1000' },
        {
          flags: '--tempo <blocks>',
          description: 'blocks between epochs of each subnet',
          defaultDescription: '20',
        },
        {
          flags: '--rpc-port <port>',
          description: "the node's RPC port (0: a free one)",
          defaultDescription: '9944',
        },
        {
          flags: '--axon-base-port <port>',
          description: 'first miner axon port, the others follow (0: free ports)',
          defaultDescription: '8091',
        },
        {
          flags: '--ocr-step <seconds>',
          description: 'seconds between two rounds of an OCR validator',
          defaultDescription: '12',
        },
        { flags: '--no-explorer', description: 'do not start the web explorer' },
        {
          flags: '--explorer-port <port>',
          description: "the explorer's HTTP port (0: a free one)",
          defaultDescription: '8080',
        },
        {
          flags: '--neuron-log-level <level>',
          description: "the neurons' log level (debug logs every scored answer)",
          choices: ['debug', 'info', 'warn', 'error'],
          defaultDescription: 'info',
        },
        {
          flags: '--status-every <seconds>',
          description: 'refresh of the live status (0: none)',
          defaultDescription: '3',
        },
      ],
      load: async () => (await import('./localnetUp.js')).localnetUp,
    },
    {
      name: 'status',
      summary: 'block, issuance, and per subnet its price, emission and every neuron',
      description:
        'Examples:\n  tao localnet status\n  tao localnet status --json | jq .data.subnets[0].neurons',
      options: [DATA_DIR_OPTION],
      load: async () => (await import('./localnetStatus.js')).localnetStatus,
    },
    {
      name: 'down',
      summary: 'stop a running localnet (its neurons, then the node); the data is kept',
      options: [DATA_DIR_OPTION],
      load: async () => (await import('./localnetDown.js')).localnetDown,
    },
  ],
};
