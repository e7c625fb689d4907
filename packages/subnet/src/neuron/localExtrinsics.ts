/**
 * The bodies of the extrinsics the local chain accepts (localChainPort.ts), each throwing a
 * `LocalDispatchError` named as subtensor's error when a check fails.
 */
import type { Keypair } from '@taonet/crypto';
import type { Ss58 } from '@taonet/primitives';
import type {
  CommitWeightsParams,
  RevealWeightsParams,
  ServeAxonParams,
  SetWeightsParams,
} from './chainPort.js';
import { computeCommitHash } from './commitHash.js';
import {
  applyWeights,
  checkWeightsRateLimit,
  ensureDispatch,
  ensureRegisteredUid,
  getUidOf,
  isCommitExpired,
  isRevealEpoch,
  LocalDispatchError,
  type LocalSubnet,
} from './localSubnet.js';

/** At most this many unrevealed commits per hotkey. */
const MAX_UNREVEALED_COMMITS = 10;

export function processLocalSetWeights(
  subnet: LocalSubnet,
  hotkey: Keypair,
  params: SetWeightsParams,
  block: number,
): void {
  const uid = ensureRegisteredUid(subnet, hotkey.address);
  ensureDispatch(!subnet.hparams.commitRevealWeightsEnabled, 'CommitRevealEnabled');
  applyWeights(subnet, uid, params, { block, rateLimited: true });
}

export function processLocalCommit(
  subnet: LocalSubnet,
  hotkey: Keypair,
  params: CommitWeightsParams,
  block: number,
): void {
  ensureDispatch(subnet.hparams.commitRevealWeightsEnabled, 'CommitRevealDisabled');
  const uid = ensureRegisteredUid(subnet, hotkey.address);
  ensureDispatch(checkWeightsRateLimit(subnet, uid, block), 'CommittingWeightsTooFast');
  const commits = (subnet.commits.get(hotkey.address) ?? []).filter((c) => !isCommitExpired(subnet, c));
  ensureDispatch(commits.length < MAX_UNREVEALED_COMMITS, 'TooManyUnrevealedCommits');
  commits.push({ hash: params.commitHash, commitEpoch: subnet.epochIndex, commitBlock: block });
  subnet.commits.set(hotkey.address, commits);
  subnet.neurons[uid]!.lastUpdate = block;
}

/** `do_reveal_weights`: expired commits are skipped, the matching one must be in its reveal epoch. */
export function processLocalReveal(
  subnet: LocalSubnet,
  hotkey: Keypair,
  params: RevealWeightsParams,
  block: number,
): void {
  ensureDispatch(subnet.hparams.commitRevealWeightsEnabled, 'CommitRevealDisabled');
  const uid = ensureRegisteredUid(subnet, hotkey.address);
  const stored = subnet.commits.get(hotkey.address) ?? [];
  ensureDispatch(stored.length > 0, 'NoWeightsCommitFound');
  const live = stored.filter((c) => !isCommitExpired(subnet, c));
  const hash = computeCommitHash({ ...params, hotkey: hotkey.publicKey });
  const position = live.findIndex((c) => c.hash === hash);
  if (position < 0) {
    const expired = stored.some((c) => c.hash === hash);
    throw new LocalDispatchError(expired ? 'ExpiredWeightCommit' : 'InvalidRevealCommitHashNotMatch');
  }
  ensureDispatch(isRevealEpoch(subnet, live[position]!), 'RevealTooEarly');
  applyWeights(subnet, uid, params, { block, rateLimited: false });
  live.splice(position, 1);
  if (live.length === 0) subnet.commits.delete(hotkey.address);
  else subnet.commits.set(hotkey.address, live);
}

export function processLocalServeAxon(
  subnet: LocalSubnet,
  hotkey: Keypair,
  params: ServeAxonParams,
  block: number,
): void {
  const uid = getUidOf(subnet, hotkey.address);
  ensureDispatch(uid !== null, 'HotKeyNotRegisteredInNetwork');
  ensureDispatch(params.ipType === 4 || params.ipType === 6, 'InvalidIpType');
  ensureDispatch(params.port > 0 && params.port <= 0xffff, 'InvalidPort');
  const neuron = subnet.neurons[uid]!;
  const limit = subnet.hparams.servingRateLimit;
  const allowed = neuron.lastServed === 0 || limit === 0 || block - neuron.lastServed >= limit;
  ensureDispatch(allowed, 'ServingRateLimitExceeded');
  neuron.axon = {
    version: params.version,
    ip: params.ip,
    port: params.port,
    ipType: params.ipType,
    protocol: params.protocol ?? 4,
    placeholder1: params.placeholder1 ?? 0,
    placeholder2: params.placeholder2 ?? 0,
    hotkey: neuron.hotkey as Ss58,
    coldkey: neuron.coldkey as Ss58,
  };
  neuron.lastServed = block;
}
