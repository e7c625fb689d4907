/**
 * The flags the stake commands share, with btcli's spellings as hidden aliases: the subnet, the hotkey
 * staked to (an address, default the wallet's hotkey), the amount, and the slippage protection
 * (`--tolerance`, `--unsafe`, `--partial`).
 */
import type { OptionSpec } from '../../program/optionSpec.js';
import { PASSWORD_FILE_OPTION, WALLET_OPTIONS } from '../wallet/walletOptions.js';

export const STAKE_NETUID_OPTION: OptionSpec = {
  flags: '--netuid <n>',
  description: 'the subnet',
  aliases: ['--netuids'],
};

export const HOTKEY_SS58_OPTION: OptionSpec = {
  flags: '--hotkey-ss58 <address>',
  description: "hotkey address to stake to (default: the wallet's hotkey)",
  aliases: ['--hotkey-ss58-address', '--include-hotkeys'],
};

export const AMOUNT_OPTION: OptionSpec = {
  flags: '--amount <tao>',
  description: 'amount, e.g. 1.5 (TAO to stake; alpha to unstake or move)',
  aliases: ['-a'],
};

export const SLIPPAGE_OPTIONS: readonly OptionSpec[] = [
  {
    flags: '--tolerance <fraction>',
    description: 'price move tolerated, as a fraction (0.005) or a percentage (0.5%)',
    aliases: ['--rate-tolerance', '--slippage'],
    defaultDescription: '0.005',
  },
  {
    flags: '--unsafe',
    description: 'no price limit at all (the plain call, as btcli --unsafe)',
  },
  {
    flags: '--partial',
    description: 'fill what fits within the tolerance instead of refusing the whole order',
    aliases: ['--allow-partial-stake', '--allow-partial'],
  },
];

/** Wallet, password file: what every signing stake command takes. */
export const SIGNING_OPTIONS: readonly OptionSpec[] = [...WALLET_OPTIONS, PASSWORD_FILE_OPTION];
