/**
 * `tao wallet list`: the wallets under the wallets directory as a tree of coldkeys and hotkeys with their
 * SS58 addresses, read from the public files (no password, nothing decrypted). Names sort naturally
 * (miner2 before miner10).
 */
import { expandWalletPath, type KeySummary, listWallets } from '@taonet/sdk';
import type { CommandModule, HumanOutput } from '../../program/commandSpec.js';
import { optNonEmpty } from './selectWallet.js';
import { type ListedKey, type WalletListResult, walletListResultSchema } from './walletSchemas.js';

const collator = new Intl.Collator('en', { numeric: true });

function toListedKey(key: KeySummary): ListedKey {
  return {
    name: key.name,
    address: key.address ?? null,
    path: key.path,
    exists: key.exists,
    encryption: key.encryption ?? null,
    error: key.error ?? null,
  };
}

function keyNote(key: ListedKey, kind: 'coldkey' | 'hotkey', c: HumanOutput['color']): string {
  if (key.error !== null) return c.red(`unreadable (${key.error})`);
  if (!key.exists) return key.address === null ? c.red('missing') : c.dim('watch-only: public file only');
  if (key.encryption === 'none') return kind === 'coldkey' ? c.yellow('not encrypted') : '';
  if (key.encryption === 'nacl') return c.dim('encrypted');
  return c.yellow(`legacy encryption (${key.encryption})`);
}

function keyLine(name: string, key: ListedKey, kind: 'coldkey' | 'hotkey', c: HumanOutput['color']): string {
  const address = key.address === null ? c.dim('(no address)') : c.cyan(key.address);
  const note = keyNote(key, kind, c);
  return `${c.bold(name)}  ${address}${note === '' ? '' : `  ${note}`}`;
}

function renderTree(result: WalletListResult, out: HumanOutput): void {
  const c = out.color;
  out.line(`Wallets in ${result.path}`);
  result.wallets.forEach((wallet, i) => {
    const lastWallet = i === result.wallets.length - 1;
    out.line(`${lastWallet ? '└──' : '├──'} ${keyLine(wallet.name, wallet.coldkey, 'coldkey', c)}`);
    const indent = lastWallet ? '    ' : '│   ';
    if (wallet.hotkeys.length === 0) out.line(`${indent}└── ${c.dim('(no hotkeys)')}`);
    wallet.hotkeys.forEach((hotkey, j) => {
      const branch = j === wallet.hotkeys.length - 1 ? '└──' : '├──';
      out.line(`${indent}${branch} ${keyLine(hotkey.name, hotkey, 'hotkey', c)}`);
    });
  });
}

export const walletList: CommandModule<WalletListResult> = {
  result: walletListResultSchema,
  async run(ctx, input) {
    const path = await ctx.setting('wallet-path', optNonEmpty(input, 'walletPath', '--wallet-path'));
    const wallets = await listWallets({ path: path.value });
    const sorted = [...wallets].sort((a, b) => collator.compare(a.name, b.name));
    return {
      path: expandWalletPath(path.value),
      wallets: sorted.map((w) => ({
        name: w.name,
        path: w.path,
        coldkey: toListedKey(w.coldkey),
        hotkeys: [...w.hotkeys].sort((a, b) => collator.compare(a.name, b.name)).map(toListedKey),
      })),
    };
  },
  render(result, out) {
    if (result.wallets.length === 0) {
      out.line(`No wallets in ${result.path}. Create one with \`tao wallet create\`.`);
      return;
    }
    renderTree(result, out);
  },
};
