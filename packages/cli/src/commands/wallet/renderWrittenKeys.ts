/**
 * How written keys are shown to people: one line per key (address, encryption, file), then, for new
 * keys, their mnemonics with the warning that this is the only time they are shown.
 */
import type { HumanOutput } from '../../program/commandSpec.js';
import type { PublicFile, WalletRef, WrittenKey } from './walletSchemas.js';

function label(key: WrittenKey): string {
  return key.name === 'coldkey' ? 'coldkey' : `hotkey ${key.name}`;
}

export function renderWrittenKeys(out: HumanOutput, wallet: WalletRef, keys: readonly WrittenKey[]): void {
  const c = out.color;
  out.line(`${c.green('✔')} wallet ${c.bold(wallet.name)} ${c.dim(`(${wallet.path})`)}`);
  const width = Math.max(...keys.map((k) => label(k).length));
  for (const key of keys) {
    const state = key.encrypted ? 'encrypted' : c.yellow('not encrypted');
    out.line(`  ${label(key).padEnd(width)}  ${c.cyan(key.address)}  ${state}  ${c.dim(key.path)}`);
  }
  const withMnemonic = keys.filter((k) => k.mnemonic !== null);
  if (withMnemonic.length === 0) return;
  out.line();
  const one = withMnemonic.length === 1;
  out.line(
    c.bold(
      c.yellow(
        `Write down ${one ? 'this mnemonic' : 'these mnemonics'} now and keep ${one ? 'it' : 'them'} offline.`,
      ),
    ),
  );
  out.line(
    `${one ? 'It is' : 'They are'} shown only this once and restore the keys (tao wallet regen-coldkey or`,
  );
  out.line('regen-hotkey --mnemonic "..."); anyone who has a mnemonic controls its key.');
  for (const key of withMnemonic) out.line(`  ${label(key).padEnd(width)}  ${c.bold(key.mnemonic ?? '')}`);
}

export function renderPublicFile(out: HumanOutput, wallet: WalletRef, what: string, file: PublicFile): void {
  const c = out.color;
  out.line(
    `${c.green('✔')} ${what} of wallet ${c.bold(wallet.name)}: ${c.cyan(file.address)} ${c.dim(file.path)}`,
  );
}
