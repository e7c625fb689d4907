/**
 * `tao weights set --netuid 1 --uids 1,2 --weights 0.5,0.5`: set the hotkey's weights (`set_weights`, or
 * `set_mechanism_weights` with --mechid), normalised to u16 as the Python SDK does, with the subnet's
 * weights version key unless --version-key. Signed by the wallet's hotkey; no fee.
 */
import { withChain } from '../../chain/chainSession.js';
import { describeInclusion, toInclusion } from '../../chain/receiptFields.js';
import { confirmOrCancel, sendWithSpinner } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { readHotkeyAddress, unlockHotkey } from '../../chain/walletKeys.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { selectWallet } from '../wallet/selectWallet.js';
import { checkWeightsTarget } from './weightsPreflight.js';
import { readWeightsRequest } from './weightsRequest.js';
import { type WeightsSetResult, weightsSetResultSchema } from './weightsSchemas.js';

export function describeWeights(uids: readonly number[], weights: readonly number[]): string {
  const total = weights.reduce((a, b) => a + b, 0);
  return uids.map((uid, i) => `${uid}: ${(((weights[i] ?? 0) / total) * 100).toFixed(2)}%`).join(', ');
}

export const weightsSet: CommandModule<WeightsSetResult> = {
  result: weightsSetResultSchema,
  async run(ctx, input) {
    const req = await readWeightsRequest(ctx, input);
    const wallet = await selectWallet(ctx, input);
    const hotkey = await readHotkeyAddress(wallet);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start(`Checking subnet ${req.netuid}`);
      const target = await checkWeightsTarget(client, {
        netuid: req.netuid,
        hotkey,
        mode: 'set',
        uids: req.uids,
      });
      const sent = sdk.normalizeWeights(req.uids, req.weights);
      const versionKey = req.versionKey ?? target.versionKey;
      await confirmOrCancel(
        ctx,
        `Set the weights of uid ${target.uid} on subnet ${req.netuid} to ${describeWeights(sent.uids, sent.weights)}?`,
      );
      const signer = await unlockHotkey(ctx, input, wallet);
      const receipt = await sendWithSpinner(ctx, 'Setting weights', (onStatus) =>
        sdk.setWeights(client, { signer, ...req, versionKey, onStatus }),
      );
      return {
        network: network ?? url,
        netuid: req.netuid,
        mechid: req.mechid,
        hotkey,
        uid: target.uid,
        uids: sent.uids,
        weights: sent.weights,
        versionKey: versionKey.toString(),
        ...toInclusion(receipt),
      };
    });
  },
  render(result, out) {
    out.line(
      `${out.color.green('✔')} weights of uid ${result.uid} on subnet ${result.netuid}: ${describeWeights(result.uids, result.weights)}`,
    );
    out.line(`  ${describeInclusion(result, formatTao)}`);
  },
};
