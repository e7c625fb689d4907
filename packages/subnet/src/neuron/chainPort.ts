/**
 * What miners and validators need from a chain, as a small port: the head block and new blocks, a subnet's
 * metagraph, the hyperparameters the weight loop obeys, and the extrinsics a neuron signs with its hotkey
 * (`set_weights`, `commit_weights`, `reveal_weights`, `serve_axon`). The SDK's chain client implements it
 * over JSON-RPC; `createLocalChainPort` is an in-memory chain for tests and `--no-chain` runs.
 *
 * Amounts are bigint (rao, alpha rao); blocks, uids and epochs are numbers; the u16-normalised consensus
 * columns are floats in [0, 1] (`u16 / 65535`) as the Python metagraph has them.
 */
import type { Keypair } from '@taonet/crypto';
import type { NetUid, Ss58 } from '@taonet/primitives';

/** An axon as published on chain (`AxonInfo`); serving when `ip` is not 0.0.0.0 and `port` is not 0. */
export interface ChainAxonInfo {
  version: number;
  ip: string;
  port: number;
  ipType: 4 | 6;
  protocol: number;
  placeholder1: number;
  placeholder2: number;
  hotkey: Ss58;
  coldkey: Ss58;
}

/**
 * A subnet's neurons at one block, one column per field, indexed by uid (the Python metagraph's tensors).
 * Immutable: a resync builds a new snapshot, nobody copies or mutates one.
 */
export interface MetagraphSnapshot {
  netuid: NetUid;
  /** The mechanism (sub-subnet) the weight columns belong to; 0 for the main one. */
  mechid: number;
  /** The block the snapshot was read at. */
  block: number;
  n: number;
  uids: readonly number[];
  hotkeys: readonly Ss58[];
  coldkeys: readonly Ss58[];
  active: readonly boolean[];
  validatorPermit: readonly boolean[];
  /** Block of the last weights (or commit) per uid; registration sets it too. */
  lastUpdate: readonly number[];
  blockAtRegistration: readonly number[];
  /** Total stake weight: alpha stake plus tao stake times the tao weight, in alpha rao (`S`). */
  stake: readonly bigint[];
  alphaStake: readonly bigint[];
  taoStake: readonly bigint[];
  /** u16 / 65535 (`C`, `I`, `D`, `Tv`). */
  consensus: readonly number[];
  incentive: readonly number[];
  dividends: readonly number[];
  validatorTrust: readonly number[];
  /** Emission of the last epoch, in alpha rao (`E`, unscaled). */
  emission: readonly bigint[];
  axons: readonly ChainAxonInfo[];
}

/** The subnet hyperparameters the neuron loops obey (names of the SDK's `MetagraphInfoParams`). */
export interface NeuronHyperparameters {
  /** Blocks between epochs. */
  tempo: number;
  /** Blocks between two `set_weights` (or commits) of one hotkey (`WeightsSetRateLimit`). */
  weightsRateLimit: number;
  commitRevealWeightsEnabled: boolean;
  /** Epochs between a commit and its reveal (`RevealPeriodEpochs`). */
  commitRevealPeriod: number;
  /** The subnet's weights version key: weights must carry a version key at least this (0 = any). */
  weightsVersion: bigint;
  minAllowedWeights: number;
  /** Cap on one weight, u16 (65535 = no cap). */
  maxWeightsLimit: number;
  /** Blocks between two `serve_axon` of one hotkey. */
  servingRateLimit: number;
  immunityPeriod: number;
}

/** A subnet's epoch counter as commit-reveal uses it. */
export interface EpochInfo {
  /** `current_epoch_with_lookahead` at the head block: commits are keyed by it, reveals checked against it. */
  index: number;
  /** Blocks until the next epoch runs. */
  blocksUntilNext: number;
  /** The subnet's tempo (blocks between epochs). */
  tempo: number;
  /** Blocks since the subnet's last epoch. */
  blocksSinceLastStep: number;
  /** The block the next epoch is due at (`LastEpochBlock + tempo`). */
  nextEpochBlock: number;
}

/** One unrevealed commit-reveal v2 commit of a hotkey (`WeightCommits`). */
export interface WeightCommitInfo {
  /** 0x-hex BlakeTwo256 commit hash. */
  hash: string;
  commitEpoch: number;
  commitBlock: number;
}

/**
 * The outcome of an extrinsic: included (`block`), or refused/failed with subtensor's error name
 * (`SettingWeightsTooFast`, `RevealTooEarly`, ...) or a transport code, and a readable message.
 */
export type ExtrinsicResult = { ok: true; block: number } | { ok: false; error: string; message: string };

export interface SetWeightsParams {
  netuid: NetUid;
  /** 0 unless the subnet has mechanisms (then `set_mechanism_weights`). */
  mechid?: number;
  uids: readonly number[];
  /** u16 weights, same length as `uids`. */
  values: readonly number[];
  versionKey: bigint;
}

export interface CommitWeightsParams {
  netuid: NetUid;
  mechid?: number;
  /** 0x-hex commit hash (`computeCommitHash`). */
  commitHash: string;
}

export interface RevealWeightsParams extends SetWeightsParams {
  /** The salt hashed into the commit. */
  salt: readonly number[];
}

export interface ServeAxonParams {
  netuid: NetUid;
  version: number;
  ip: string;
  port: number;
  ipType: 4 | 6;
  protocol?: number;
  placeholder1?: number;
  placeholder2?: number;
}

/** Called with each new best block number, in order (numbers may jump when the client falls behind). */
export type BlockListener = (block: number) => void | Promise<void>;

export interface ChainPort {
  /** The best block number. */
  getBlockNumber(): Promise<number>;
  /** New best blocks; returns the unsubscribe function. */
  subscribeBlocks(listener: BlockListener): () => void;
  getMetagraph(netuid: NetUid): Promise<MetagraphSnapshot>;
  getHyperparameters(netuid: NetUid): Promise<NeuronHyperparameters>;
  getEpoch(netuid: NetUid): Promise<EpochInfo>;
  /** The hotkey's unrevealed commits on the subnet, oldest first. */
  getWeightCommits(netuid: NetUid, hotkey: string): Promise<readonly WeightCommitInfo[]>;
  isRegistered(netuid: NetUid, hotkey: string): Promise<boolean>;
  /** `set_weights` (or `set_mechanism_weights`), signed by the hotkey; resolves once included or refused. */
  setWeights(hotkey: Keypair, params: SetWeightsParams): Promise<ExtrinsicResult>;
  /** `commit_weights` (or `commit_mechanism_weights`). */
  commitWeights(hotkey: Keypair, params: CommitWeightsParams): Promise<ExtrinsicResult>;
  /** `reveal_weights` (or `reveal_mechanism_weights`). */
  revealWeights(hotkey: Keypair, params: RevealWeightsParams): Promise<ExtrinsicResult>;
  /** `serve_axon`: publishes the axon's address for the hotkey. */
  serveAxon(hotkey: Keypair, params: ServeAxonParams): Promise<ExtrinsicResult>;
}
