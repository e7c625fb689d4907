/**
 * `tao weights commit --netuid 1 --uids 1,2 --weights 0.5,0.5`: commit-reveal v2. Sends the blake2-256 hash
 * of (hotkey, netuid index, uids, u16 weights, salt, version key), the salt 8 random u16 values (or
 * --salt). The commit, salt included, is saved under the wallet directory before it is sent, so that
 * `tao weights reveal` can reveal it; the reveal window (the epoch `commit_reveal_period` epochs later) is
 * printed. Signed by the hotkey.
 */
import type { AccountId } from '@taonet/primitives';
import { withChain } from '../../chain/chainSession.js';
import { describeInclusion, toInclusion } from '../../chain/receiptFields.js';
import { confirmOrCancel, sendWithSpinner } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { readHotkeyAddress, unlockHotkey } from '../../chain/walletKeys.js';
import type { CommandModule } from '../../program/commandSpec.js';
import { optNonEmpty, selectWallet } from '../wallet/selectWallet.js';
import { commitFilePath, readCommits, type StoredCommit, writeCommits } from './weightsCommitStore.js';
import { parseSalt } from './weightsInput.js';
import { checkWeightsTarget } from './weightsPreflight.js';
import { readWeightsRequest } from './weightsRequest.js';
import { type WeightsCommitResult, weightsCommitResultSchema } from './weightsSchemas.js';
import { describeWeights } from './weightsSet.js';

export const weightsCommit: CommandModule<WeightsCommitResult> = {
  result: weightsCommitResultSchema,
  async run(ctx, input) {
    const req = await readWeightsRequest(ctx, input);
    const saltText = optNonEmpty(input, 'salt', '--salt');
    const wallet = await selectWallet(ctx, input);
    const hotkey = await readHotkeyAddress(wallet);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start(`Checking subnet ${req.netuid}`);
      const target = await checkWeightsTarget(client, {
        netuid: req.netuid,
        hotkey,
        mode: 'commit',
        uids: req.uids,
      });
      const commit = await sdk.prepareWeightsCommit(client, {
        ...req,
        hotkey: sdk.toAccountId(hotkey, 'hotkey') as AccountId,
        versionKey: req.versionKey ?? target.versionKey,
        salt: saltText === undefined ? sdk.generateWeightsSalt() : parseSalt(saltText),
      });
      await confirmOrCancel(
        ctx,
        `Commit the weights ${describeWeights(commit.uids, commit.weights)} of uid ${target.uid} on subnet ${req.netuid}?`,
      );
      const signer = await unlockHotkey(ctx, input, wallet);
      const file = commitFilePath(wallet, req.netuid, req.mechid, hotkey);
      const stored: StoredCommit = {
        hotkey: commit.hotkey,
        netuid: commit.netuid,
        mechid: commit.mechid,
        uids: [...commit.uids],
        weights: [...commit.weights],
        salt: [...commit.salt],
        versionKey: commit.versionKey.toString(),
        commitHash: sdk.computeWeightsCommitHash(commit),
        commitBlock: -1,
        revealFirstBlock: -1,
        revealLastBlock: -1,
      };
      const earlier = await readCommits(file);
      await writeCommits(file, [...earlier, stored]);
      let sent: Awaited<ReturnType<typeof sdk.commitWeights>>;
      try {
        sent = await sendWithSpinner(ctx, 'Committing weights', (onStatus) =>
          sdk.commitWeights(client, {
            signer,
            ...req,
            salt: commit.salt,
            versionKey: commit.versionKey,
            onStatus,
          }),
        );
      } catch (error) {
        await writeCommits(file, earlier);
        throw error;
      }
      const window = await sdk.getWeightsRevealWindow(client, {
        netuid: req.netuid,
        commitBlock: sent.blockNumber,
        commitBlockHash: sent.blockHash,
      });
      const landed = {
        ...stored,
        commitBlock: sent.blockNumber,
        revealFirstBlock: window.firstBlock,
        revealLastBlock: window.lastBlock,
      };
      await writeCommits(file, [...earlier, landed]);
      return {
        network: network ?? url,
        netuid: req.netuid,
        mechid: req.mechid,
        hotkey,
        uid: target.uid,
        uids: stored.uids,
        weights: stored.weights,
        versionKey: stored.versionKey,
        commitHash: sent.commitHash,
        salt: stored.salt,
        revealWindow: { ...window },
        commitFile: file,
        ...toInclusion(sent),
      };
    });
  },
  render(result, out) {
    const c = out.color;
    out.line(
      `${c.green('✔')} committed weights of uid ${result.uid} on subnet ${result.netuid} (${result.commitHash})`,
    );
    out.line(`  ${describeInclusion(result, formatTao)}`);
    const w = result.revealWindow;
    out.line(
      `  reveal window: blocks ${c.bold(String(w.firstBlock))} to ${w.lastBlock} (about; ${w.period} epoch(s) of ${w.tempo} blocks after the commit)`,
    );
    out.line(`  salt saved in ${result.commitFile}`);
    out.line(c.dim(`  next: tao weights reveal --netuid ${result.netuid} --wait`));
  },
};
