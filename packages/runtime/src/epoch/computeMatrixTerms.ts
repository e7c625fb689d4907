/**
 * The matrix part of one epoch (yuma.md §1.5-§1.9, §1.14): masked weights → consensus, clipping,
 * validator trust → incentive → weights for bonds → bonds EMA → dividends → stored bonds, on the bigint
 * math helpers. `yuma` runs the same steps on exact numbers first (`fast/computeMatrixTermsFast.ts`) and
 * falls back to this pipeline when a value leaves the exact range.
 */
import type { I32F32 } from '@taonet/primitives';
import { computeBonds } from './computeBonds.js';
import { computeConsensus } from './computeConsensus.js';
import { computeDividends } from './computeDividends.js';
import { computeIncentive } from './computeIncentive.js';
import { computeWeightsForBonds } from './computeWeightsForBonds.js';
import type { EpochParams, StoredRow } from './epochInputs.js';
import { getBondsSparse, getCommitBlocks, getWeightsSparse } from './getEpochStorage.js';
import { maskWeights } from './maskWeights.js';
import { toStoredBonds } from './toEpochOutputs.js';

/** What the matrix steps read: the stored matrices as given, the vectors already computed. */
export interface MatrixInputs {
  readonly n: number;
  readonly currentBlock: bigint;
  /** stored `Weights` rows, as given */
  readonly weights: unknown;
  /** stored `Bonds` rows, as given */
  readonly bonds: unknown;
  /** earliest unexpired commit per uid, as given (read when commit-reveal is on) */
  readonly commitBlocks: unknown;
  readonly lastUpdate: readonly bigint[];
  readonly blockAtRegistration: readonly bigint[];
  readonly activeStake: readonly I32F32[];
  readonly validatorForbids: readonly boolean[];
  readonly newPermits: readonly boolean[];
}

export interface MatrixTerms {
  readonly consensus: I32F32[];
  readonly validatorTrust: I32F32[];
  readonly incentive: I32F32[];
  readonly dividends: I32F32[];
  /** the bonds rows to store */
  readonly bonds: StoredRow[];
}

export function computeMatrixTerms(inputs: MatrixInputs, params: EpochParams): MatrixTerms {
  const { n, activeStake } = inputs;
  const weights = maskWeights(getWeightsSparse(inputs.weights, n), {
    validatorForbids: inputs.validatorForbids,
    ownerUid: params.ownerUid,
    lastUpdate: inputs.lastUpdate,
    blockAtRegistration: inputs.blockAtRegistration,
    commitBlocks: params.commitRevealEnabled ? getCommitBlocks(inputs.commitBlocks, n) : null,
  });
  const { consensus, clippedWeights, validatorTrust } = computeConsensus(
    activeStake,
    weights,
    n,
    params.kappaU16,
  );
  const incentive = computeIncentive(clippedWeights, activeStake, n);
  const weightsForBonds = computeWeightsForBonds(weights, clippedWeights, n, params.bondsPenaltyU16);
  const emaBonds = computeBonds(
    {
      n,
      currentBlock: inputs.currentBlock,
      tempo: params.tempo,
      lastMechanismStepBlock: params.lastMechanismStepBlock,
      blockAtRegistration: inputs.blockAtRegistration,
      bonds: getBondsSparse(inputs.bonds, n, params.yuma3),
      weightsForBonds,
      activeStake,
      consensus,
    },
    params,
  );
  const dividends = computeDividends(params.yuma3, emaBonds, incentive, activeStake, n);
  const bonds = toStoredBonds(params.yuma3, emaBonds, inputs.newPermits, n);
  return { consensus, validatorTrust, incentive, dividends, bonds };
}
