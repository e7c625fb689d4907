/**
 * What one epoch produces, as subtensor persists it (yuma.md §1.14): u16 proportions are
 * `fixed_proportion_to_u16` = floor(x * 65535), amounts are rao. Every per-uid list has length n.
 */
import type { StoredRow } from './epochInputs.js';

export interface EpochOutputs {
  /** `Consensus`: stake-weighted median weight per uid */
  readonly consensus: number[];
  /** `Incentive` (per mechanism): normalised clipped rank */
  readonly incentive: number[];
  /** `Dividends` */
  readonly dividends: number[];
  /** `ValidatorTrust`: sum of the validator's clipped weights */
  readonly validatorTrust: number[];
  /** `StakeWeight`: the normalised stake */
  readonly stakeWeight: number[];
  /** `Emission`: the combined (server + validator) share of the emission, in rao */
  readonly emission: bigint[];
  /** the miners' (incentive) part, in rao */
  readonly serverEmission: bigint[];
  /** the validators' (dividends) part, in rao */
  readonly validatorEmission: bigint[];
  /** `ValidatorPermit` for the next epoch (top-k by stake, owner always) */
  readonly validatorPermit: boolean[];
  /** `Active`: updated within the activity cutoff */
  readonly active: boolean[];
  /** `Bonds` rows to store (u16, in EMA row order); `[]` for uids without a new permit */
  readonly bonds: StoredRow[];
  /** raw total stake (alpha + tao-weighted root), floored to u64; summed across mechanisms */
  readonly stake: bigint[];
}
