/**
 * `tao wallet new-coldkey` and `tao wallet new-hotkey`: one new key from a new mnemonic (or --uri). The
 * coldkey is encrypted unless --no-use-password; a hotkey only with --use-password (as btcli).
 */
import type { KeyKind } from '@taonet/sdk';
import type { CommandModule } from '../../program/commandSpec.js';
import { confirmOverwrite, getNewKeyPassword, keyFiles, writeNewKey } from './keyWriter.js';
import { readNewKeyInput } from './newKeyInput.js';
import { renderWrittenKeys } from './renderWrittenKeys.js';
import { selectWallet, toWalletRef } from './selectWallet.js';
import {
  type ColdkeyResult,
  coldkeyResultSchema,
  type HotkeyResult,
  hotkeyResultSchema,
  type WalletRef,
  type WrittenKey,
} from './walletSchemas.js';

async function runNewKey(
  kind: KeyKind,
  ...[ctx, input]: Parameters<CommandModule<unknown>['run']>
): Promise<{ wallet: WalletRef; key: WrittenKey }> {
  const wallet = await selectWallet(ctx, input);
  const opts = readNewKeyInput(input, kind === 'coldkey');
  const overwrite = await confirmOverwrite(ctx, wallet, keyFiles(kind), opts.overwrite);
  const password = opts.usePassword
    ? await getNewKeyPassword(ctx, wallet, kind, opts.passwordFile)
    : undefined;
  const key = await writeNewKey(ctx, wallet, kind, {
    words: opts.words,
    overwrite,
    ...(opts.uri === undefined ? {} : { uri: opts.uri }),
    ...(password === undefined ? {} : { password }),
  });
  return { wallet: toWalletRef(wallet), key };
}

export const walletNewColdkey: CommandModule<ColdkeyResult> = {
  result: coldkeyResultSchema,
  async run(ctx, input) {
    const { wallet, key } = await runNewKey('coldkey', ctx, input);
    return { wallet, coldkey: key };
  },
  render(result, out) {
    renderWrittenKeys(out, result.wallet, [result.coldkey]);
  },
};

export const walletNewHotkey: CommandModule<HotkeyResult> = {
  result: hotkeyResultSchema,
  async run(ctx, input) {
    const { wallet, key } = await runNewKey('hotkey', ctx, input);
    return { wallet, hotkey: key };
  },
  render(result, out) {
    renderWrittenKeys(out, result.wallet, [result.hotkey]);
  },
};
