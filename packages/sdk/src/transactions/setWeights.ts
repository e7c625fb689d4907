/**
 * Weights: `setWeights` (set_weights / set_mechanism_weights), `commitWeights` and `revealWeights`
 * (commit-reveal v2: the commit is blake2-256 of the SCALE tuple `(hotkey, netuid index, uids, values,
 * salt, version_key)`). Weights are any non-negative numbers: they are scaled so that the largest is
 * 65535 and rounded, zeros dropped, as the Python SDK sends them. Signed by the hotkey.
 */
import { blake2b256 } from '@taonet/crypto';
import { type AccountId, AccountIdCodec, type Hash, toHex } from '@taonet/primitives';
import { Tuple, u16, u64, Vector } from 'scale-ts';
import { encodeCall } from '../calls/defineCall.js';
import {
  commitMechanismWeightsCall,
  commitWeightsCall,
  revealMechanismWeightsCall,
  revealWeightsCall,
  setMechanismWeightsCall,
  setWeightsCall,
} from '../calls/weightsCalls.js';
import type { Client } from '../client/createClient.js';
import { InvalidParameterError } from '../errors/sdkError.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

const U16_MAX = 65_535;

/** uids and u16 weights as sent on chain: the largest weight becomes 65535, zero weights are left out. */
export function normalizeWeights(
  uids: readonly number[],
  weights: readonly number[],
): { uids: number[]; weights: number[] } {
  if (uids.length !== weights.length) {
    throw new InvalidParameterError('weights', `${uids.length} uids but ${weights.length} weights`);
  }
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0)
      throw new InvalidParameterError('weights', `weights[${i}] = ${w} is not >= 0`);
  });
  uids.forEach((uid, i) => {
    if (!Number.isInteger(uid) || uid < 0 || uid > U16_MAX)
      throw new InvalidParameterError('uids', `uids[${i}] = ${uid}`);
  });
  const max = Math.max(0, ...weights);
  const out = { uids: [] as number[], weights: [] as number[] };
  if (max === 0) return out;
  weights.forEach((w, i) => {
    const value = Math.round((w / max) * U16_MAX); // float-ok: client-side scaling, as btcli does
    if (value === 0) return;
    out.uids.push(uids[i]!);
    out.weights.push(value);
  });
  return out;
}

interface WeightsInput {
  readonly netuid: number;
  /** the subnet mechanism (default 0, the main one) */
  readonly mechid?: number;
  readonly uids: readonly number[];
  readonly weights: readonly number[];
  /** default: the subnet's `weights_version` hyperparameter */
  readonly versionKey?: bigint;
}

async function getVersionKey(client: Client, netuid: number, given: bigint | undefined): Promise<bigint> {
  if (given !== undefined) return given;
  const hyperparams = await client.request('subnetInfo_getSubnetHyperparams', netuid);
  return hyperparams === null ? 0n : BigInt(hyperparams.weights_version);
}

export interface SetWeightsParameters extends TransactionParameters, WeightsInput {}

export async function setWeights(client: Client, params: SetWeightsParameters): Promise<TransactionReceipt> {
  const { uids, weights } = normalizeWeights(params.uids, params.weights);
  const version_key = await getVersionKey(client, params.netuid, params.versionKey);
  const { netuid, mechid = 0 } = params;
  const call =
    mechid === 0
      ? encodeCall(setWeightsCall, { netuid, dests: uids, weights, version_key })
      : encodeCall(setMechanismWeightsCall, { netuid, mecid: mechid, dests: uids, weights, version_key });
  return sendTransaction(client, { ...params, call });
}

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

/** The commit hash of weights (subtensor's `get_commit_hash`; netuid index = mechid * 4096 + netuid). */
export function computeWeightsCommitHash(commit: WeightsCommit): Hash {
  const index = commit.mechid * 4096 + commit.netuid;
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

export interface CommitWeightsParameters extends TransactionParameters, WeightsInput {
  /** u16 salt values (default: 8 random ones); keep it to reveal */
  readonly salt?: readonly number[];
}

export interface CommitWeightsReturnType extends TransactionReceipt {
  /** what `revealWeights` needs, later */
  readonly commit: WeightsCommit;
  readonly commitHash: Hash;
}

export async function commitWeights(
  client: Client,
  params: CommitWeightsParameters,
): Promise<CommitWeightsReturnType> {
  const { uids, weights } = normalizeWeights(params.uids, params.weights);
  const salt = params.salt ?? Array.from(crypto.getRandomValues(new Uint16Array(8)));
  const commit: WeightsCommit = {
    hotkey: toHex(params.signer.publicKey) as AccountId,
    netuid: params.netuid,
    mechid: params.mechid ?? 0,
    uids,
    weights,
    salt,
    versionKey: await getVersionKey(client, params.netuid, params.versionKey),
  };
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

export interface RevealWeightsParameters extends TransactionParameters {
  /** the commit `commitWeights` returned */
  readonly commit: WeightsCommit;
}

export async function revealWeights(
  client: Client,
  params: RevealWeightsParameters,
): Promise<TransactionReceipt> {
  const { commit } = params;
  const args = {
    netuid: commit.netuid,
    uids: [...commit.uids],
    values: [...commit.weights],
    salt: [...commit.salt],
    version_key: commit.versionKey,
  };
  const call =
    commit.mechid === 0
      ? encodeCall(revealWeightsCall, args)
      : encodeCall(revealMechanismWeightsCall, { ...args, mecid: commit.mechid });
  return sendTransaction(client, { ...params, call });
}
