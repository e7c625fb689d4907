/**
 * `tao wallet create`: a new coldkey (encrypted unless --no-use-password) and a new hotkey (unencrypted,
 * as btcli), each from its own new mnemonic, or both from one --uri development key. Fails before
 * writing or asking anything when either key exists (unless --overwrite, or confirmed at a terminal).
 */
import type { CommandModule } from '../../program/commandSpec.js';
import { confirmOverwrite, getNewKeyPassword, keyFiles, writeNewKey } from './keyWriter.js';
import { readNewKeyInput } from './newKeyInput.js';
import { renderWrittenKeys } from './renderWrittenKeys.js';
import { selectWallet, toWalletRef } from './selectWallet.js';
import { type WalletCreateResult, walletCreateResultSchema } from './walletSchemas.js';

export const walletCreate: CommandModule<WalletCreateResult> = {
  result: walletCreateResultSchema,
  async run(ctx, input) {
    const wallet = await selectWallet(ctx, input);
    const opts = readNewKeyInput(input, true);
    const files = [...keyFiles('coldkey'), ...keyFiles('hotkey')];
    const overwrite = await confirmOverwrite(ctx, wallet, files, opts.overwrite);
    const password = opts.usePassword
      ? await getNewKeyPassword(ctx, wallet, 'coldkey', opts.passwordFile)
      : undefined;
    const common = { words: opts.words, overwrite, ...(opts.uri === undefined ? {} : { uri: opts.uri }) };
    const coldkey = await writeNewKey(ctx, wallet, 'coldkey', {
      ...common,
      ...(password === undefined ? {} : { password }),
    });
    const hotkey = await writeNewKey(ctx, wallet, 'hotkey', common);
    return { wallet: toWalletRef(wallet), coldkey, hotkey };
  },
  render(result, out) {
    renderWrittenKeys(out, result.wallet, [result.coldkey, result.hotkey]);
  },
};
