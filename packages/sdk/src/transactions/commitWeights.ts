/**
 * Commit-reveal v2, the commit: `commitWeights` sends blake2-256 of the SCALE tuple
 * `(hotkey, netuid_index, uids, values, salt, version_key)` (`netuid_index = mechid * 4096 + netuid`),
 * exactly the hash subtensor's `get_commit_hash` recomputes at the reveal; the weights are normalised as
 * `setWeights` sends them. Keep the returned `commit` (the salt above all): `revealWeights` needs it.
 * `getWeightsRevealWindow` estimates the blocks in which the commit can be revealed: a commit made in
 * epoch e is revealed in epoch `e + commit_reveal_period`, and expires after it.
 */
import { blake2b256 } from '@taonet/crypto';
import { type AccountId, AccountIdCodec, type Hash, toHex } from '@taonet/primitives';
import { Tuple, u16, u64, Vector } from 'scale-ts';
import { encodeCall } from '../calls/defineCall.js';
import { commitMechanismWeightsCall, commitWeightsCall } from '../calls/weightsCalls.js';
import type { Client } from '../client/createClient.js';
import { InvalidParameterError } from '../errors/sdkError.js';
import { type BlockHash, readStorage } from '../queries/readStorage.js';
import { BlocksSinceLastStep, Tempo } from '../storage/chainStorage.js';
import { sendTransaction } from './sendTransaction.js';
import { getWeightsVersionKey, normalizeWeights, type WeightsInput } from './setWeights.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

/** `GLOBAL_MAX_SUBNET_COUNT`: the stride between mechanisms in a storage index. */
const MECHANISM_STRIDE = 4096;
const CommitPreimage = Tuple(AccountIdCodec, u16, Vector(u16), Vector(u16), Vector(u16), u64);

export interface WeightsCommit {
  readonly hotkey: AccountId;
  readonly netuid: number;
  readonly mechid: number;
  /** normalised uids and u16 weights, as they must be revealed */
  readonly uids: readonly number[];
  readonly weights: readonly number[];
  readonly salt: readonly number[];
  readonly versionKey: bigint;
}

function checkU16s(values: readonly number[], what: string): void {
  values.forEach((v, i) => {
    if (!Number.isInteger(v) || v < 0 || v > 0xffff)
      throw new InvalidParameterError(what, `${what}[${i}] = ${v} is not a u16`);
  });
}

/** The commit hash of weights (subtensor's `get_commit_hash`; netuid index = mechid * 4096 + netuid). */
export function computeWeightsCommitHash(commit: WeightsCommit): Hash {
  const index = commit.mechid * MECHANISM_STRIDE + commit.netuid;
  if (!Number.isInteger(index) || index < 0 || index > 0xffff)
    throw new InvalidParameterError('netuid', `netuid ${commit.netuid} mechanism ${commit.mechid}`);
  checkU16s(commit.uids, 'uids');
  checkU16s(commit.weights, 'weights');
  checkU16s(commit.salt, 'salt');
  const preimage = CommitPreimage.enc([
    commit.hotkey,
    index,
    [...commit.uids],
    [...commit.weights],
    [...commit.salt],
    commit.versionKey,
  ]);
  return toHex(blake2b256(preimage)) as Hash;
}

/** `length` random u16 values (crypto-grade), the salt of a commit. */
export function generateWeightsSalt(length = 8): number[] {
  return Array.from(crypto.getRandomValues(new Uint16Array(length)));
}

export interface CommitWeightsParameters extends TransactionParameters, WeightsInput {
  /** u16 salt values (default: 8 random ones); keep it to reveal */
  readonly salt?: readonly number[];
}

export interface CommitWeightsReturnType extends TransactionReceipt {
  /** what `revealWeights` needs, later */
  readonly commit: WeightsCommit;
  readonly commitHash: Hash;
}

/** The commit as it will be sent (weights normalised, salt drawn, version key read), without sending it. */
export async function prepareWeightsCommit(
  client: Client,
  params: Omit<CommitWeightsParameters, keyof TransactionParameters> & { readonly hotkey: AccountId },
): Promise<WeightsCommit> {
  const { uids, weights } = normalizeWeights(params.uids, params.weights);
  return {
    hotkey: params.hotkey,
    netuid: params.netuid,
    mechid: params.mechid ?? 0,
    uids,
    weights,
    salt: params.salt ?? generateWeightsSalt(),
    versionKey: await getWeightsVersionKey(client, params.netuid, params.versionKey),
  };
}

export async function commitWeights(
  client: Client,
  params: CommitWeightsParameters,
): Promise<CommitWeightsReturnType> {
  const hotkey = toHex(params.signer.publicKey) as AccountId;
  const commit = await prepareWeightsCommit(client, { ...params, hotkey });
  const commitHash = computeWeightsCommitHash(commit);
  const call =
    commit.mechid === 0
      ? encodeCall(commitWeightsCall, { netuid: commit.netuid, commit_hash: commitHash })
      : encodeCall(commitMechanismWeightsCall, {
          netuid: commit.netuid,
          mecid: commit.mechid,
          commit_hash: commitHash,
        });
  const receipt = await sendTransaction(client, { ...params, call });
  return { ...receipt, commit, commitHash };
}

export interface WeightsRevealWindow {
  /** first block in which the reveal is accepted (estimate: the epoch `period` epochs after the commit's) */
  readonly firstBlock: number;
  /** last block of that epoch: after it the commit has expired */
  readonly lastBlock: number;
  readonly tempo: number;
  readonly period: number;
}

export interface GetWeightsRevealWindowParameters {
  readonly netuid: number;
  /** the block the commit is in */
  readonly commitBlock: number;
  /** its hash (the schedule is read at that block) */
  readonly commitBlockHash: BlockHash;
}

/**
 * Where the reveal window of a commit lies. Epochs run every `tempo` blocks after the last one (read as
 * the commit block minus `BlocksSinceLastStep`); the reveal epoch begins `period` epochs later. An
 * estimate: a tempo change, or an epoch deferred by the per-block limit, shifts it.
 */
export async function getWeightsRevealWindow(
  client: Client,
  params: GetWeightsRevealWindowParameters,
): Promise<WeightsRevealWindow> {
  const at = params.commitBlockHash;
  const [tempo, sinceLast, hyper] = await Promise.all([
    readStorage(client, { item: Tempo, keys: [params.netuid], at }),
    readStorage(client, { item: BlocksSinceLastStep, keys: [params.netuid], at }),
    client.request('subnetInfo_getSubnetHyperparams', params.netuid, at),
  ]);
  const t = tempo ?? 360;
  const period = hyper === null ? 1 : Number(hyper.commit_reveal_period);
  const lastEpoch = params.commitBlock - Number(sinceLast ?? 0n);
  const firstBlock = lastEpoch + period * t;
  return { firstBlock, lastBlock: firstBlock + t - 1, tempo: t, period };
}
