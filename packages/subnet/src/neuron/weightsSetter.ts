/**
 * The validator's weight submissions, called at every new block with the current scores:
 *
 * - commit-reveal off: `set_weights` once every `weightsIntervalBlocks` (default: the tempo), never before
 *   the chain's rate limit allows it (`block - LastUpdate >= WeightsSetRateLimit`);
 * - commit-reveal on: `commit_weights(hash)` on the same schedule (commits are rate limited too), the
 *   commit's epoch read back from the chain, and `reveal_weights` as soon as the subnet's epoch reaches
 *   `commit_epoch + RevealPeriodEpochs` (a commit whose epoch is past is expired and dropped).
 *
 * Pre-flight checks spare the chain doomed extrinsics: a version key below the subnet's, no validator
 * permit, no positive score. A refused extrinsic is retried after `retryBlocks`, not at every block.
 */
import { randomInt } from 'node:crypto';
import type { Keypair } from '@taonet/crypto';
import type { NetUid } from '@taonet/primitives';
import type { ChainPort, MetagraphSnapshot, NeuronHyperparameters } from './chainPort.js';
import { computeCommitHash } from './commitHash.js';
import type { NeuronLogger } from './neuronLogger.js';
import type { PendingCommit } from './validatorState.js';
import { computeWeightsForEmit, type WeightsForEmit } from './weightsForEmit.js';

export interface WeightsSetterOpts {
  netuid: NetUid;
  mechid: number;
  hotkey: Keypair;
  versionKey: bigint;
  /** Blocks between two submissions (default: the subnet's tempo). */
  weightsIntervalBlocks?: number;
  /** Blocks to wait after a refused submission (default 10). */
  retryBlocks?: number;
}

export interface WeightsSetterModules {
  chain: ChainPort;
  logger: NeuronLogger;
  /** The salt of a commit (default: 8 random u16). */
  createSalt?: () => number[];
}

/** What the setter looks at, at one block. */
export interface WeightsInputs {
  block: number;
  uid: number;
  metagraph: MetagraphSnapshot;
  hparams: NeuronHyperparameters;
  scores: ArrayLike<number>;
}

const REVEAL_GIVE_UP = new Set([
  'ExpiredWeightCommit',
  'NoWeightsCommitFound',
  'InvalidRevealCommitHashNotMatch',
]);

export function createRandomSalt(): number[] {
  return Array.from({ length: 8 }, () => randomInt(0, 0x10000));
}

export class WeightsSetter {
  /** The block of our last successful set or commit. */
  lastWeightsBlock = 0;
  pendingCommits: PendingCommit[] = [];
  private retryAfterBlock = 0;
  private readonly opts: WeightsSetterOpts;
  private readonly chain: ChainPort;
  private readonly log: NeuronLogger;
  private readonly createSalt: () => number[];

  constructor(opts: WeightsSetterOpts, modules: WeightsSetterModules) {
    this.opts = opts;
    this.chain = modules.chain;
    this.log = modules.logger;
    this.createSalt = modules.createSalt ?? createRandomSalt;
  }

  /** Submits what is due at this block; returns whether anything worth saving changed. */
  async process(inputs: WeightsInputs): Promise<boolean> {
    if (!inputs.hparams.commitRevealWeightsEnabled) {
      const dropped = this.pendingCommits.length > 0;
      if (dropped) this.log('warn', 'validator.commits_dropped', { reason: 'commit-reveal was turned off' });
      this.pendingCommits = [];
      return (await this.maybeSetWeights(inputs)) || dropped;
    }
    const revealed = await this.revealDue(inputs);
    const committed = await this.maybeCommit(inputs);
    return revealed || committed;
  }

  /** Whether a new set/commit is due: our own interval, the retry pause and the chain's rate limit. */
  isDue({ block, uid, metagraph, hparams }: WeightsInputs): boolean {
    const interval = this.opts.weightsIntervalBlocks ?? hparams.tempo;
    if (block < this.retryAfterBlock) return false;
    if (this.lastWeightsBlock > 0 && block - this.lastWeightsBlock < interval) return false;
    const last = Math.max(metagraph.lastUpdate[uid] ?? 0, this.lastWeightsBlock);
    return last === 0 || block - last >= hparams.weightsRateLimit;
  }

  /** The weights to submit now, or null (with the reason logged) when none should be. */
  private prepare(inputs: WeightsInputs): WeightsForEmit | null {
    const { block, uid, metagraph, hparams } = inputs;
    const required = hparams.weightsVersion;
    if (required !== 0n && this.opts.versionKey < required) {
      this.log('error', 'validator.version_key_too_low', {
        versionKey: this.opts.versionKey,
        subnetVersionKey: required,
        hint: 'update the validator: the subnet requires a newer version',
      });
      this.retryAfterBlock = block + hparams.tempo;
      return null;
    }
    if (!metagraph.validatorPermit[uid]) {
      this.log('warn', 'validator.no_validator_permit', { uid, hint: 'weights need a validator permit' });
      this.retryAfterBlock = block + (this.opts.retryBlocks ?? 10);
      return null;
    }
    const weights = computeWeightsForEmit(inputs.scores, {
      minAllowedWeights: hparams.minAllowedWeights,
      maxWeightsLimit: hparams.maxWeightsLimit,
      exclude: new Set([uid]),
    });
    if (weights.uids.length === 0) {
      this.log('debug', 'validator.no_scores', { block });
      return null;
    }
    return weights;
  }

  private refused(block: number, call: string, result: { error: string; message: string }): void {
    this.retryAfterBlock = block + (this.opts.retryBlocks ?? 10);
    this.log('warn', `validator.${call}_failed`, { block, error: result.error, message: result.message });
  }

  private async maybeSetWeights(inputs: WeightsInputs): Promise<boolean> {
    if (!this.isDue(inputs)) return false;
    const weights = this.prepare(inputs);
    if (weights === null) return false;
    const { netuid, mechid, versionKey } = this.opts;
    const result = await this.chain.setWeights(this.opts.hotkey, { netuid, mechid, ...weights, versionKey });
    if (!result.ok) {
      this.refused(inputs.block, 'set_weights', result);
      return false;
    }
    this.lastWeightsBlock = inputs.block;
    this.log('info', 'validator.weights_set', {
      block: result.block,
      uids: weights.uids,
      values: weights.values,
    });
    return true;
  }

  private async maybeCommit(inputs: WeightsInputs): Promise<boolean> {
    if (!this.isDue(inputs)) return false;
    const weights = this.prepare(inputs);
    if (weights === null) return false;
    const { netuid, mechid, versionKey, hotkey } = this.opts;
    const salt = this.createSalt();
    const commitHash = computeCommitHash({
      hotkey: hotkey.publicKey,
      netuid,
      mechid,
      ...weights,
      salt,
      versionKey,
    });
    const result = await this.chain.commitWeights(hotkey, { netuid, mechid, commitHash });
    if (!result.ok) {
      this.refused(inputs.block, 'commit_weights', result);
      return false;
    }
    this.lastWeightsBlock = inputs.block;
    this.pendingCommits.push({
      hash: commitHash,
      ...weights,
      salt,
      versionKey: versionKey.toString(),
      commitBlock: result.block,
      commitEpoch: null,
    });
    await this.resolveCommitEpochs();
    this.log('info', 'validator.weights_committed', { block: result.block, hash: commitHash });
    return true;
  }

  /** Reads the epochs of our commits from the chain. */
  private async resolveCommitEpochs(): Promise<void> {
    if (this.pendingCommits.every((commit) => commit.commitEpoch !== null)) return;
    const onChain = await this.chain.getWeightCommits(this.opts.netuid, this.opts.hotkey.address);
    const epochs = new Map(onChain.map((commit) => [commit.hash, commit.commitEpoch]));
    for (const commit of this.pendingCommits) {
      if (commit.commitEpoch === null) commit.commitEpoch = epochs.get(commit.hash) ?? null;
    }
  }

  private async revealDue({ block, hparams }: WeightsInputs): Promise<boolean> {
    if (this.pendingCommits.length === 0) return false;
    await this.resolveCommitEpochs();
    const epoch = await this.chain.getEpoch(this.opts.netuid);
    const before = this.pendingCommits.length;
    const keep: PendingCommit[] = [];
    for (const commit of this.pendingCommits) {
      if (commit.commitEpoch === null) {
        // never seen on chain: give up once it could only have expired
        const lost = block - commit.commitBlock > (hparams.commitRevealPeriod + 2) * hparams.tempo;
        if (!lost) keep.push(commit);
        continue;
      }
      const revealEpoch = commit.commitEpoch + hparams.commitRevealPeriod;
      if (epoch.index < revealEpoch) keep.push(commit);
      else if (epoch.index > revealEpoch) {
        this.log('warn', 'validator.commit_expired', { hash: commit.hash, commitEpoch: commit.commitEpoch });
      } else if (!(await this.reveal(block, commit))) keep.push(commit);
    }
    this.pendingCommits = keep;
    return keep.length !== before;
  }

  /** Reveals one commit; true when it is done with (revealed, or refused for good). */
  private async reveal(block: number, commit: PendingCommit): Promise<boolean> {
    const { netuid, mechid, hotkey } = this.opts;
    const result = await this.chain.revealWeights(hotkey, {
      netuid,
      mechid,
      uids: commit.uids,
      values: commit.values,
      salt: commit.salt,
      versionKey: BigInt(commit.versionKey),
    });
    if (result.ok) {
      this.log('info', 'validator.weights_revealed', {
        block: result.block,
        hash: commit.hash,
        uids: commit.uids,
      });
      return true;
    }
    this.log('warn', 'validator.reveal_weights_failed', {
      block,
      error: result.error,
      message: result.message,
    });
    return REVEAL_GIVE_UP.has(result.error);
  }
}
