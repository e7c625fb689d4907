/**
 * `tao wallet associate-hotkey`: record the wallet's coldkey as the owner of its hotkey (or `--hotkey-ss58`)
 * on chain without registering it anywhere (`try_associate_hotkey`). A hotkey another coldkey owns is
 * refused before signing; one already owned by this coldkey needs nothing.
 */
import { withChain } from '../../chain/chainSession.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { ChainCheckError, UsageError } from '../../errors/cliErrors.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { readHotkeyAddress, withStakeHints } from '../stake/stakeChecks.js';
import { renderTx, toTx } from '../stake/stakeResults.js';
import { selectWallet } from './selectWallet.js';
import {
  type WalletAssociateHotkeyResult,
  walletAssociateHotkeyResultSchema,
} from './walletAccountSchemas.js';

export const walletAssociateHotkey: CommandModule<WalletAssociateHotkeyResult> = {
  result: walletAssociateHotkeyResultSchema,
  async run(ctx, input) {
    const wallet = await selectWallet(ctx, input);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      const hotkey = await readHotkeyAddress(input, wallet);
      const coldkey = (await wallet.getColdkeypub()).address;
      ctx.spinner.start('Reading the hotkey owner');
      const owner = await sdk.getHotkeyOwner(client, { hotkey });
      if (owner === coldkey) throw new UsageError(`hotkey ${hotkey} is already associated with ${coldkey}`);
      if (owner !== undefined) {
        throw new ChainCheckError(
          'NOT_HOTKEY_OWNER',
          `hotkey ${hotkey} belongs to another coldkey (${owner})`,
          'associate a hotkey nobody owns yet (`tao wallet new-hotkey` makes one)',
          { details: { hotkey, owner } },
        );
      }
      await confirmOrCancel(ctx, `Associate hotkey ${hotkey} with coldkey ${coldkey}?`);
      const signer = await unlockColdkey(ctx, input, wallet);
      const receipt = await withStakeHints(() =>
        sendWithSpinner(ctx, 'Associate hotkey', (onStatus) =>
          sdk.tryAssociateHotkey(client, { signer, hotkey, onStatus }),
        ),
      );
      const after = await sdk.getHotkeyOwner(client, { hotkey, at: receipt.blockHash });
      return { network: network ?? url, coldkey, hotkey, owner: after ?? null, tx: toTx(receipt) };
    });
  },
  render(result, out) {
    out.line(
      `${out.color.green('✔')} hotkey ${out.color.cyan(result.hotkey)} associated with ${result.owner ?? '?'}`,
    );
    renderTx(out, result.tx);
  },
};
