/**
 * `tao root register`: register the wallet's hotkey on the root network (netuid 0, `root_register`; no
 * burn). When root is full the hotkey must have more root stake than the member it replaces. The checks
 * (rootRegisterChecks.ts) run before asking.
 */
import { withChain } from '../../chain/chainSession.js';
import { describeInclusion, toInclusion } from '../../chain/receiptFields.js';
import { confirmOrCancel, sendWithSpinner, unlockColdkey } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { readWalletAddresses } from '../../chain/walletKeys.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { selectWallet } from '../wallet/selectWallet.js';
import { checkRootRegister } from './rootRegisterChecks.js';
import { type RootRegisterResult, rootRegisterResultSchema } from './rootSchemas.js';

export const rootRegister: CommandModule<RootRegisterResult> = {
  result: rootRegisterResultSchema,
  async run(ctx, input) {
    const wallet = await selectWallet(ctx, input);
    const keys = await readWalletAddresses(wallet);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start('Checking the root network');
      await checkRootRegister(client, keys.hotkey);
      await confirmOrCancel(ctx, `Register hotkey ${keys.hotkey} on the root network (netuid 0)?`);
      const signer = await unlockColdkey(ctx, input, wallet);
      const receipt = await sendWithSpinner(ctx, 'Registering on root', (onStatus) =>
        sdk.rootRegister(client, { signer, hotkey: keys.hotkey, onStatus }),
      );
      return {
        network: network ?? url,
        hotkey: keys.hotkey,
        coldkey: keys.coldkey,
        uid: receipt.uid,
        ...toInclusion(receipt),
      };
    });
  },
  render(result, out) {
    out.line(
      `${out.color.green('✔')} ${result.hotkey} is on root as uid ${out.color.bold(String(result.uid))}`,
    );
    out.line(`  ${describeInclusion(result, formatTao)}`);
  },
};
