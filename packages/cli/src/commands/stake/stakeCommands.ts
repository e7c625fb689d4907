/**
 * `tao stake ...` (alias `st`): stake, unstake, list, move between hotkeys, subnets and coldkeys, child
 * hotkeys and takes. Every trade through a subnet pool is price-protected by default (`--tolerance`,
 * 0.5%; `--partial`; `--unsafe` to send the plain call). Specs only: implementations load when their
 * command runs.
 */
import type { GroupSpec } from '../../program/commandSpec.js';
import type { OptionSpec } from '../../program/optionSpec.js';
import { WALLET_OPTIONS } from '../wallet/walletOptions.js';
import {
  AMOUNT_OPTION,
  HOTKEY_SS58_OPTION,
  SIGNING_OPTIONS,
  SLIPPAGE_OPTIONS,
  STAKE_NETUID_OPTION,
} from './stakeOptions.js';

const SLIPPAGE_HELP = `
Price protection: the call carries a limit price (the spot price plus or minus --tolerance, default
0.5%); the order is refused before signing when the simulated trade would move the price further, and
the chain refuses it if the price moved meanwhile. --partial fills what fits under the limit; --unsafe
sends the plain call without a limit. Amounts are TAO when staking, alpha when unstaking or moving.`;

const MOVE_OPTIONS = (destinationHotkey: boolean): OptionSpec[] => [
  ...SIGNING_OPTIONS,
  { flags: '--origin-netuid <n>', description: 'the subnet the stake is on' },
  { flags: '--dest-netuid <n>', description: 'the subnet it goes to', aliases: ['--destination-netuid'] },
  { ...HOTKEY_SS58_OPTION, description: "hotkey the stake is on (default: the wallet's hotkey)" },
  ...(destinationHotkey
    ? [
        {
          flags: '--dest-hotkey <address>',
          description: 'hotkey the stake goes to (default: the same hotkey)',
          aliases: ['--destination-hotkey', '--dest-ss58'],
        },
      ]
    : []),
  AMOUNT_OPTION,
  { flags: '--all', description: 'the whole position', aliases: ['--move-all', '--stake-all'] },
  ...SLIPPAGE_OPTIONS,
];

const CHILDREN_OPTIONS: readonly OptionSpec[] = [
  ...SIGNING_OPTIONS,
  STAKE_NETUID_OPTION,
  { ...HOTKEY_SS58_OPTION, description: "the parent hotkey (default: the wallet's hotkey)" },
];

export const stakeGroup: GroupSpec = {
  name: 'stake',
  aliases: ['st'],
  summary: 'stake, unstake, list and move stake; child hotkeys and takes',
  commands: [
    {
      name: 'add',
      summary: 'stake TAO to a hotkey on a subnet (price-protected)',
      description: `Examples:\n  tao stake add --netuid 1 --amount 10\n  tao stake add --netuid 1 --amount 500 --tolerance 2% --partial -y --json\n${SLIPPAGE_HELP}`,
      options: [
        ...SIGNING_OPTIONS,
        STAKE_NETUID_OPTION,
        HOTKEY_SS58_OPTION,
        AMOUNT_OPTION,
        ...SLIPPAGE_OPTIONS,
      ],
      load: async () => (await import('./stakeAdd.js')).stakeAdd,
    },
    {
      name: 'remove',
      hiddenAliases: ['unstake'],
      summary: 'unstake alpha back to TAO (--all: the whole position, or every subnet without --netuid)',
      description: `Examples:\n  tao stake remove --netuid 1 --amount 5\n  tao stake remove --netuid 1 --all\n  tao stake remove --all            (every subnet of the hotkey: unstake_all, no price limit)\n${SLIPPAGE_HELP}`,
      options: [
        ...SIGNING_OPTIONS,
        STAKE_NETUID_OPTION,
        HOTKEY_SS58_OPTION,
        AMOUNT_OPTION,
        {
          flags: '--all',
          description: 'the whole position (every subnet without --netuid)',
          aliases: ['--unstake-all'],
        },
        ...SLIPPAGE_OPTIONS,
      ],
      load: async () => (await import('./stakeRemove.js')).stakeRemove,
    },
    {
      name: 'list',
      summary: "the coldkey's stake: per hotkey and subnet, with its TAO value",
      options: [
        ...WALLET_OPTIONS,
        {
          flags: '--ss58 <address>',
          description: 'list this coldkey instead of the wallet',
          aliases: ['--coldkey-ss58'],
        },
      ],
      load: async () => (await import('./stakeList.js')).stakeList,
    },
    {
      name: 'move',
      summary: 'move stake to another hotkey and/or subnet (same coldkey)',
      description: `Example:\n  tao stake move --origin-netuid 1 --dest-netuid 1 --dest-hotkey 5FHne... --amount 3\nAcross subnets the alpha is sold and bought (move_stake carries no limit: the price move is checked before signing).`,
      options: MOVE_OPTIONS(true),
      load: async () => (await import('./stakeMove.js')).stakeMove,
    },
    {
      name: 'transfer',
      summary: 'give stake to another coldkey (same hotkey)',
      description: `Example:\n  tao stake transfer --origin-netuid 1 --dest-netuid 1 --dest 5FHne... --amount 3`,
      options: [
        ...MOVE_OPTIONS(false),
        {
          flags: '--dest <ss58>',
          description: 'the coldkey receiving the stake',
          aliases: ['--dest-coldkey', '-d'],
        },
      ],
      load: async () => (await import('./stakeMove.js')).stakeTransfer,
    },
    {
      name: 'swap',
      summary: 'swap stake from one subnet to another (same hotkey, price-protected)',
      description: `Example:\n  tao stake swap --origin-netuid 1 --dest-netuid 0 --amount 3\n${SLIPPAGE_HELP}`,
      options: MOVE_OPTIONS(false),
      load: async () => (await import('./stakeMove.js')).stakeSwap,
    },
    {
      name: 'child-get',
      hiddenAliases: ['child_get', 'children-get'],
      summary: "a hotkey's child hotkeys, parents, pending children and childkey take on a subnet",
      description:
        'btcli: `stake child get`. Example:\n  tao stake child-get --netuid 1 --hotkey-ss58 5Grw...',
      options: [...WALLET_OPTIONS, STAKE_NETUID_OPTION, HOTKEY_SS58_OPTION],
      load: async () => (await import('./stakeChildGet.js')).stakeChildGet,
    },
    {
      name: 'child-set',
      hiddenAliases: ['child_set', 'children-set'],
      summary: "set a parent hotkey's children on a subnet with their shares of its stake weight",
      description:
        'btcli: `stake child set`. Example:\n  tao stake child-set --netuid 1 --children 5FHne... 5FLSi... --proportions 0.3 0.2\n' +
        'The children apply after the cooldown (PendingChildKeyCooldown blocks); --children with no --proportions, or --revoke, removes them.',
      options: [
        ...CHILDREN_OPTIONS,
        { flags: '--children <ss58...>', description: 'child hotkey addresses (at most 5)', aliases: ['-c'] },
        {
          flags: '--proportions <fraction...>',
          description: 'share of each child (fractions, sum at most 1)',
          aliases: ['--prop'],
        },
        { flags: '--revoke', description: 'remove every child' },
      ],
      load: async () => (await import('./stakeChildSet.js')).stakeChildSet,
    },
    {
      name: 'child-take',
      hiddenAliases: ['child_take'],
      summary: "show or set a hotkey's childkey take on a subnet",
      description: 'btcli: `stake child take`. Example:\n  tao stake child-take --netuid 1 --take 0.09',
      options: [
        ...CHILDREN_OPTIONS,
        { flags: '--take <fraction>', description: 'the new take, 0..0.18 (e.g. 0.09 or 9%)' },
      ],
      load: async () => (await import('./stakeChildSet.js')).stakeChildTake,
    },
    {
      name: 'set-take',
      hiddenAliases: ['set_take'],
      summary: "set a delegate hotkey's take (its share of its nominators' rewards)",
      description:
        'Example:\n  tao stake set-take --take 0.1\nLowering is immediate; raising is rate limited (TxDelegateTakeRateLimit blocks between changes).',
      options: [
        ...SIGNING_OPTIONS,
        { ...HOTKEY_SS58_OPTION, description: "the delegate hotkey (default: the wallet's hotkey)" },
        { flags: '--take <fraction>', description: 'the new take, e.g. 0.1 or 10%' },
      ],
      load: async () => (await import('./stakeSetTake.js')).stakeSetTake,
    },
  ],
};
