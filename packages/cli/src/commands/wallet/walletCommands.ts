/**
 * `tao wallet ...` (aliases `w`, `wallets`): wallet files, plus the chain's balance, transfer, overview,
 * hotkey association and the hotkey and coldkey swaps. Specs only: implementations load when their
 * command runs.
 */
import type { CommandSpec, GroupSpec } from '../../program/commandSpec.js';
import type { OptionSpec } from '../../program/optionSpec.js';
import {
  N_WORDS_OPTION,
  OVERWRITE_OPTIONS,
  PASSWORD_FILE_OPTION,
  URI_OPTION,
  usePasswordOptions,
  WALLET_OPTIONS,
  WALLET_PATH_OPTION,
} from './walletOptions.js';

const REGEN_SOURCE_OPTIONS: readonly OptionSpec[] = [
  {
    flags: '--mnemonic <words>',
    description: 'the mnemonic, in quotes (also btcli\'s numbered "1-word 2-word ...")',
  },
  { flags: '--seed <hex>', description: 'the 32-byte seed, 0x and 64 hex digits' },
  { flags: '--json-password-file <file>', description: 'file holding the password of the --json export' },
  { flags: '--json-password <password>', description: 'password of the --json export', hidden: true },
];

/** btcli's regen `--json <file>`; without a file, `--json` still asks for JSON output. */
const REGEN_JSON_OPTION: OptionSpec = {
  flags: '--json [file]',
  description:
    'restore from a polkadot-js account export (.json); without a file: JSON output (same as --json-output)',
};

const PUBLIC_KEY_OPTIONS: readonly OptionSpec[] = [
  { flags: '--ss58 <address>', description: 'the SS58 address', aliases: ['--ss58-address'] },
  {
    flags: '--public-key <hex>',
    description: 'the public key, 0x and 64 hex digits',
    aliases: ['--public-key-hex', '--pubkey'],
  },
];

const USE_HOTKEY_OPTIONS: readonly OptionSpec[] = [
  { flags: '--use-hotkey', description: 'use the hotkey (default: the coldkey)' },
  { flags: '--no-use-hotkey', description: 'use the coldkey', hidden: true },
];

const HOTKEY_ADDRESS_OPTION: OptionSpec = {
  flags: '--hotkey-ss58 <address>',
  description: "the hotkey's address (default: the wallet's hotkey)",
  aliases: ['--hotkey-ss58-address'],
};

const NEW_KEY_HELP = `
The mnemonic is printed once (in --json output as the "mnemonic" field of the key): write it down, it
is the only way to restore the key. Passwords: --password-file, TAO_WALLET_<WALLET>_PASSWORD or
TAO_WALLET_<WALLET>_PASSWORD_FILE, or a prompt (typed twice). Nothing is replaced without --overwrite.`;

export const walletGroup: GroupSpec = {
  name: 'wallet',
  aliases: ['w', 'wallets'],
  summary: 'create, restore, list wallets; sign and verify messages',
  commands: [
    {
      name: 'create',
      summary: 'create a wallet: a new coldkey (encrypted) and a new hotkey',
      description: `Examples:\n  tao wallet create --wallet-name validator --n-words 24\n  TAO_WALLET_VALIDATOR_PASSWORD_FILE=/run/secrets/pw tao wallet create --wallet-name validator --no-prompt\n${NEW_KEY_HELP}`,
      options: [
        ...WALLET_OPTIONS,
        N_WORDS_OPTION,
        ...usePasswordOptions(true),
        URI_OPTION,
        ...OVERWRITE_OPTIONS,
        PASSWORD_FILE_OPTION,
      ],
      load: async () => (await import('./walletCreate.js')).walletCreate,
    },
    {
      name: 'new-coldkey',
      hiddenAliases: ['new_coldkey'],
      summary: 'create a new coldkey (encrypted unless --no-use-password)',
      description: NEW_KEY_HELP,
      options: [
        ...WALLET_OPTIONS,
        N_WORDS_OPTION,
        ...usePasswordOptions(true),
        URI_OPTION,
        ...OVERWRITE_OPTIONS,
        PASSWORD_FILE_OPTION,
      ],
      load: async () => (await import('./walletNewKey.js')).walletNewColdkey,
    },
    {
      name: 'new-hotkey',
      hiddenAliases: ['new_hotkey'],
      summary: 'create a new hotkey in a wallet (unencrypted unless --use-password)',
      description: NEW_KEY_HELP,
      options: [
        ...WALLET_OPTIONS,
        N_WORDS_OPTION,
        ...usePasswordOptions(false),
        URI_OPTION,
        ...OVERWRITE_OPTIONS,
        PASSWORD_FILE_OPTION,
      ],
      load: async () => (await import('./walletNewKey.js')).walletNewHotkey,
    },
    regenSpec('regen-coldkey', 'restore a coldkey from its mnemonic, seed or polkadot-js export', true),
    regenPubSpec(
      'regen-coldkeypub',
      'write coldkeypub.txt from an address (a watch-only wallet)',
      'walletRegenColdkeypub',
    ),
    regenSpec('regen-hotkey', 'restore a hotkey from its mnemonic, seed or polkadot-js export', false),
    regenPubSpec('regen-hotkeypub', "write a hotkey's public file from an address", 'walletRegenHotkeypub'),
    {
      name: 'list',
      summary: 'list the wallets and hotkeys on disk with their addresses',
      options: [WALLET_PATH_OPTION],
      load: async () => (await import('./walletList.js')).walletList,
    },
    {
      name: 'balance',
      summary: 'free and staked TAO of the coldkey (or of --ss58 addresses)',
      description:
        "Examples:\n  tao wallet balance --wallet-name validator\n  tao wallet balance --ss58 5Grw... --ss58 5FHn... --json\nStaked = every stake position at its subnet's current price, at one block.",
      options: [
        ...WALLET_OPTIONS,
        {
          flags: '--ss58 <address...>',
          description: 'addresses to show instead of the wallet (repeatable)',
          aliases: ['--ss58-address'],
        },
      ],
      load: async () => (await import('./walletBalance.js')).walletBalance,
    },
    {
      name: 'transfer',
      summary: 'send TAO from the coldkey (keep-alive unless --allow-death)',
      description:
        'Examples:\n  tao wallet transfer --dest 5FHneW46... --amount 1.5\n  tao wallet transfer --dest 5FHneW46... --all -y\nThe balance (amount + fee) is checked before anything is signed; -y skips the confirmation.',
      options: [
        ...WALLET_OPTIONS,
        { flags: '--dest <ss58>', description: 'destination address', aliases: ['--destination', '-d'] },
        { flags: '--amount <tao>', description: 'TAO to send, e.g. 1.5', aliases: ['-a'] },
        {
          flags: '--all',
          description: 'send everything transferable (keep-alive keeps the existential deposit)',
        },
        {
          flags: '--allow-death',
          description: 'allow the account to drop below the existential deposit (transfer_allow_death)',
        },
        PASSWORD_FILE_OPTION,
      ],
      load: async () => (await import('./walletTransfer.js')).walletTransfer,
    },
    {
      name: 'overview',
      summary:
        "the coldkey's balance and, per hotkey, its subnets, uids, stake, emission, incentive, dividends",
      description: 'Example:\n  tao wallet overview --wallet-name validator --json',
      options: [...WALLET_OPTIONS],
      load: async () => (await import('./walletOverview.js')).walletOverview,
    },
    {
      name: 'associate-hotkey',
      hiddenAliases: ['associate_hotkey'],
      summary: 'record the coldkey as the owner of a hotkey on chain, without registering it',
      options: [...WALLET_OPTIONS, HOTKEY_ADDRESS_OPTION, PASSWORD_FILE_OPTION],
      load: async () => (await import('./walletAssociateHotkey.js')).walletAssociateHotkey,
    },
    {
      name: 'swap-hotkey',
      hiddenAliases: ['swap_hotkey'],
      summary: 'move a hotkey (registrations, stake, children, takes) to a new hotkey',
      description:
        'Examples:\n  tao wallet swap-hotkey --wallet-name validator --wallet-hotkey old --new-hotkey new\n  tao wallet swap-hotkey --new-hotkey 5FHne... --netuid 3\n' +
        'Costs 0.1 TAO (every subnet) or 0.001 TAO (--netuid), recycled. The chain allows one swap touching a subnet per 7200 blocks.',
      options: [
        ...WALLET_OPTIONS,
        HOTKEY_ADDRESS_OPTION,
        {
          flags: '--new-hotkey <name|ss58>',
          description: 'the new hotkey: a hotkey name of this wallet, or an address',
          aliases: ['--new-hotkey-ss58'],
        },
        { flags: '--netuid <n>', description: 'swap on this subnet only (default: every subnet)' },
        PASSWORD_FILE_OPTION,
      ],
      load: async () => (await import('./walletSwapHotkey.js')).walletSwapHotkey,
    },
    {
      name: 'swap-coldkey',
      hiddenAliases: ['swap_coldkey'],
      summary: 'the announced coldkey swap: announce, execute, status, dispute, clear',
      description:
        'Examples:\n  tao wallet swap-coldkey announce --wallet-name old --new-coldkey new\n  tao wallet swap-coldkey status\n  tao wallet swap-coldkey execute --wallet-name old --new-coldkey new   (after the delay, 36000 blocks)\n' +
        'After an announcement the coldkey can sign only these steps. dispute freezes the account until root resets the swap.',
      args: [{ name: 'step', description: 'announce | execute | status | dispute | clear' }],
      options: [
        ...WALLET_OPTIONS,
        {
          flags: '--new-coldkey <wallet|ss58>',
          description: 'the new coldkey: a wallet name (same wallets directory) or an address',
          aliases: ['--new-coldkey-ss58'],
        },
        { flags: '--ss58 <address>', description: 'status: show this coldkey instead of the wallet' },
        PASSWORD_FILE_OPTION,
      ],
      load: async () => (await import('./walletSwapColdkey.js')).walletSwapColdkey,
    },
    {
      name: 'swap-check',
      hiddenAliases: ['swap_check'],
      summary: "a coldkey's pending swap announcement (same as swap-coldkey status)",
      options: [
        ...WALLET_OPTIONS,
        { flags: '--ss58 <address>', description: 'show this coldkey instead of the wallet' },
      ],
      load: async () => (await import('./walletSwapColdkey.js')).walletSwapCheck,
    },
    {
      name: 'sign',
      summary: 'sign a message with the coldkey (or --use-hotkey)',
      options: [
        ...WALLET_OPTIONS,
        ...USE_HOTKEY_OPTIONS,
        { flags: '--message <text>', description: 'the message' },
        PASSWORD_FILE_OPTION,
      ],
      load: async () => (await import('./walletSign.js')).walletSign,
    },
    {
      name: 'verify',
      summary: "verify a message's signature (exit code 1 when invalid)",
      options: [
        { flags: '--message <text>', description: 'the signed message' },
        { flags: '--signature <hex>', description: 'the signature, 0x and 128 hex digits' },
        {
          flags: '--address <address>',
          description: "signer's SS58 address or 0x public key (default: the wallet's)",
          aliases: ['--ss58', '--public-key'],
        },
        ...WALLET_OPTIONS,
        ...USE_HOTKEY_OPTIONS,
      ],
      load: async () => (await import('./walletVerify.js')).walletVerify,
    },
  ],
};

function regenSpec(name: 'regen-coldkey' | 'regen-hotkey', summary: string, cold: boolean): CommandSpec {
  return {
    name,
    hiddenAliases: [name.replace('-', '_')],
    summary,
    description: `Example:\n  tao wallet ${name} --wallet-name validator --mnemonic "word1 word2 ... word12"\nWith no source flag, asks for the mnemonic (masked) at a terminal.`,
    options: [
      ...WALLET_OPTIONS,
      ...REGEN_SOURCE_OPTIONS,
      ...usePasswordOptions(cold),
      ...OVERWRITE_OPTIONS,
      PASSWORD_FILE_OPTION,
    ],
    jsonOption: REGEN_JSON_OPTION,
    load: async () => {
      const m = await import('./walletRegenKey.js');
      return cold ? m.walletRegenColdkey : m.walletRegenHotkey;
    },
  };
}

function regenPubSpec(
  name: string,
  summary: string,
  exported: 'walletRegenColdkeypub' | 'walletRegenHotkeypub',
): CommandSpec {
  return {
    name,
    hiddenAliases: [name.replace('-', '_')],
    summary,
    options: [...WALLET_OPTIONS, ...PUBLIC_KEY_OPTIONS, ...OVERWRITE_OPTIONS],
    load: async () => (await import('./walletRegenPub.js'))[exported],
  };
}
