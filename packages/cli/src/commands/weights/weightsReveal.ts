/**
 * `tao weights reveal --netuid 1`: reveal the oldest commit `tao weights commit` saved for this hotkey and
 * subnet (`reveal_weights`), in its reveal window; `--wait` waits for the window to open. Commits whose
 * window has passed are dropped with a warning (the chain has expired them). With --uids, --weights and
 * --salt (and --version-key) it reveals those instead, as btcli does. Signed by the hotkey.
 */
import type { Client, WeightsCommit } from '@taonet/sdk';
import { withChain } from '../../chain/chainSession.js';
import { readNetuid } from '../../chain/netuidInput.js';
import { describeInclusion, toInclusion } from '../../chain/receiptFields.js';
import { confirmOrCancel, sendWithSpinner } from '../../chain/runTransaction.js';
import { formatTao } from '../../chain/taoAmount.js';
import { waitForBlock } from '../../chain/waitForBlock.js';
import { readHotkeyAddress, unlockHotkey } from '../../chain/walletKeys.js';
import { ChainCheckError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput, CommandModule } from '../../program/commandSpec.js';
import { optBoolean, optNonEmpty, selectWallet } from '../wallet/selectWallet.js';
import {
  commitFilePath,
  readCommits,
  type StoredCommit,
  toWeightsCommit,
  writeCommits,
} from './weightsCommitStore.js';
import { parseSalt, parseWeightsArgs } from './weightsInput.js';
import { checkWeightsTarget } from './weightsPreflight.js';
import { readMechid } from './weightsRequest.js';
import { type WeightsRevealResult, weightsRevealResultSchema } from './weightsSchemas.js';
import { describeWeights } from './weightsSet.js';

/** The oldest saved commit still revealable at `block`, and the expired ones before it. */
export function pickCommit(commits: readonly StoredCommit[], block: number) {
  const live = commits.filter((c) => c.commitBlock >= 0 && c.revealLastBlock >= block);
  const expired = commits.filter((c) => c.commitBlock >= 0 && c.revealLastBlock < block);
  return { chosen: live[0], expired };
}

async function explicitCommit(input: CommandInput, hotkey: string, netuid: number, mechid: number) {
  const uids = optNonEmpty(input, 'uids', '--uids');
  const weights = optNonEmpty(input, 'weights', '--weights');
  const salt = optNonEmpty(input, 'salt', '--salt');
  if (uids === undefined && weights === undefined && salt === undefined) return undefined;
  if (uids === undefined || weights === undefined || salt === undefined) {
    throw new ChainCheckError(
      'MISSING_COMMIT',
      'give --uids, --weights and --salt together',
      'or none of them, to reveal the saved commit',
    );
  }
  const sdk = await import('@taonet/sdk');
  const parsed = parseWeightsArgs(uids, weights);
  const sent = sdk.normalizeWeights(parsed.uids, parsed.weights);
  const versionText = optNonEmpty(input, 'versionKey', '--version-key');
  return {
    hotkey: sdk.toAccountId(hotkey, 'hotkey'),
    netuid,
    mechid,
    uids: sent.uids,
    weights: sent.weights,
    salt: parseSalt(salt),
    versionKey: versionText === undefined ? undefined : BigInt(versionText),
  };
}

async function chooseSaved(ctx: CommandContext, client: Client, file: string, wait: boolean) {
  const commits = await readCommits(file);
  const { getBlockNumber } = await import('@taonet/sdk');
  const block = await getBlockNumber(client);
  const { chosen, expired } = pickCommit(commits, block);
  for (const c of expired)
    ctx.log.warn(`commit ${c.commitHash} expired at block ${c.revealLastBlock}: dropped`);
  if (chosen === undefined) {
    if (expired.length > 0)
      await writeCommits(
        file,
        commits.filter((c) => !expired.includes(c)),
      );
    throw new ChainCheckError(
      'NO_SAVED_COMMIT',
      `no commit to reveal in ${file}`,
      'commit weights first (tao weights commit), or give --uids, --weights and --salt of a commit made elsewhere',
      { details: { path: file } },
    );
  }
  if (chosen.revealFirstBlock > block) {
    if (!wait) {
      throw new ChainCheckError(
        'REVEAL_TOO_EARLY',
        `the reveal window of commit ${chosen.commitHash} opens at about block ${chosen.revealFirstBlock} (now ${block})`,
        'run again then, or add --wait to wait for it',
        { details: { path: file } },
      );
    }
    await waitForBlock(ctx, client, chosen.revealFirstBlock, 'the reveal window');
  }
  return { chosen, commits };
}

export const weightsReveal: CommandModule<WeightsRevealResult> = {
  result: weightsRevealResultSchema,
  async run(ctx, input) {
    const netuid = await readNetuid(ctx, input);
    const mechid = readMechid(input);
    const wait = optBoolean(input, 'wait') === true;
    const wallet = await selectWallet(ctx, input);
    const hotkey = await readHotkeyAddress(wallet);
    const explicit = await explicitCommit(input, hotkey, netuid, mechid);
    const file = commitFilePath(wallet, netuid, mechid, hotkey);
    return withChain(ctx, async ({ client, url, network }) => {
      const sdk = await import('@taonet/sdk');
      ctx.spinner.start(`Checking subnet ${netuid}`);
      const target = await checkWeightsTarget(client, { netuid, hotkey, mode: 'reveal' });
      let commit: WeightsCommit;
      let saved: { chosen: StoredCommit; commits: StoredCommit[] } | undefined;
      if (explicit !== undefined) {
        commit = { ...explicit, versionKey: explicit.versionKey ?? target.versionKey } as WeightsCommit;
      } else {
        saved = await chooseSaved(ctx, client, file, wait);
        commit = toWeightsCommit(saved.chosen);
      }
      await confirmOrCancel(
        ctx,
        `Reveal the weights ${describeWeights(commit.uids, commit.weights)} on subnet ${netuid}?`,
      );
      const signer = await unlockHotkey(ctx, input, wallet);
      const receipt = await sendWithSpinner(ctx, 'Revealing weights', (onStatus) =>
        sdk.revealWeights(client, { signer, commit, onStatus }),
      );
      let remaining = 0;
      if (saved !== undefined) {
        const rest = saved.commits.slice(saved.commits.indexOf(saved.chosen) + 1);
        await writeCommits(file, rest);
        remaining = rest.length;
      }
      return {
        network: network ?? url,
        netuid,
        mechid,
        hotkey,
        uid: target.uid,
        uids: [...commit.uids],
        weights: [...commit.weights],
        versionKey: commit.versionKey.toString(),
        commitHash: sdk.computeWeightsCommitHash(commit),
        remaining,
        ...toInclusion(receipt),
      };
    });
  },
  render(result, out) {
    out.line(
      `${out.color.green('✔')} revealed weights of uid ${result.uid} on subnet ${result.netuid}: ${describeWeights(result.uids, result.weights)}`,
    );
    out.line(`  ${describeInclusion(result, formatTao)}`);
    if (result.remaining > 0) out.line(`  ${result.remaining} more commit(s) saved for later reveals`);
  },
};
