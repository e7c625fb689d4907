/**
 * What one Yuma Consensus epoch reads: the subnet's storage as subtensor's `epoch_mechanism` sees it, as
 * plain typed values (no chain state here). Widths follow subtensor: uids and u16 values are numbers,
 * block numbers, stakes and amounts (u64) are bigints.
 *
 * The epoch never throws on malformed inputs: missing per-uid entries read as subtensor reads an absent
 * storage value (0, `false`, "no commit"), out-of-range uids and values are dropped, numbers outside a
 * field's width are clamped to it. See `getEpochStorage`.
 */

/** One cell of a stored `Weights` / `Bonds` row: `[column uid, u16 value]`. */
export type StoredEntry = readonly [uid: number, value: number];

/** A stored row, in STORAGE ORDER: columns are not necessarily sorted and explicit zeros are kept. */
export type StoredRow = readonly StoredEntry[];

/** The subnet hyperparameters the epoch reads (the keys of the conformance vectors' `params`). */
export interface EpochParams {
  /** `Tempo` (u16) */
  readonly tempo: number;
  /** `get_activity_cutoff_blocks` = max(1, ActivityCutoffFactorMilli * tempo / 1000), already derived */
  readonly activityCutoffBlocks: bigint;
  /** `Kappa` (u16), the consensus majority as a proportion of 65535 */
  readonly kappaU16: number;
  /** `BondsMovingAverage` (u64): alpha = 1 - value / 1_000_000 */
  readonly bondsMovingAverage: bigint;
  /** `BondsPenalty` (u16), proportion of 65535 */
  readonly bondsPenaltyU16: number;
  /** `Yuma3On` */
  readonly yuma3: boolean;
  /** `LiquidAlphaOn` (only read by Yuma 3) */
  readonly liquidAlpha: boolean;
  /** `AlphaValues` (u16 low, u16 high), proportions of 65535 */
  readonly alphaLowU16: number;
  readonly alphaHighU16: number;
  /** `AlphaSigmoidSteepness` (i16) */
  readonly alphaSigmoidSteepness: number;
  /** `MaxAllowedValidators` (u16): k of the top-k validator permits */
  readonly maxAllowedValidators: number;
  /** `StakeThreshold` (u64): total stakes below it count as 0 (owner exempt) */
  readonly stakeThreshold: bigint;
  /** `TaoWeight` (raw u64; the weight is value / u64::MAX) */
  readonly taoWeightU64: bigint;
  /** uid of `SubnetOwnerHotkey`, `null` when unset or not registered */
  readonly ownerUid: number | null;
  /** `LastMechansimStepBlock` (0 = no coinbase epoch yet) */
  readonly lastMechanismStepBlock: bigint;
  /** `CommitRevealWeightsEnabled` */
  readonly commitRevealEnabled: boolean;
}

/** The per-mechanism storage (`netuid_index`): what differs between the sub-subnets of one subnet. */
export interface MechanismInputs {
  /** `Weights[netuid_index][uid]` rows, indexed by uid */
  readonly weights: readonly StoredRow[];
  /** `Bonds[netuid_index][uid]` rows, indexed by uid */
  readonly bonds: readonly StoredRow[];
  /** `LastUpdate[netuid_index]` (may be shorter or longer than n, as in storage) */
  readonly lastUpdate: readonly bigint[];
  /**
   * Earliest unexpired weight-commit block per uid (CR v2 and timelocked commits), `null` = none.
   * Read only when `commitRevealEnabled`.
   */
  readonly commitBlocks?: readonly (bigint | null)[];
}

/** The per-subnet storage shared by all mechanisms. */
export interface SubnetInputs {
  /** `SubnetworkN` (u16): uids are `0..n` */
  readonly n: number;
  /** the block the epoch runs in */
  readonly currentBlock: bigint;
  /** inherited alpha stake per uid (u64) */
  readonly stakeAlpha: readonly bigint[];
  /** inherited root TAO stake per uid (u64), weighted by `taoWeightU64`; absent = all 0 */
  readonly stakeTao?: readonly bigint[];
  /** `BlockAtRegistration` per uid */
  readonly blockAtRegistration: readonly bigint[];
  /** stored `ValidatorPermit` (from the previous epoch; may be shorter than n) */
  readonly validatorPermit: readonly boolean[];
}

/** Everything one `epoch_mechanism` run reads, plus the amount it distributes. */
export interface EpochInputs extends SubnetInputs, MechanismInputs {
  /** the emission to distribute, in rao (u64) */
  readonly raoEmission: bigint;
}
