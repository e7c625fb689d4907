/**
 * The matrix part of the epoch (`computeMatrixTerms`) on exact numbers: I32F32 bits held in doubles
 * (`exactBits.ts`), sparse matrices in compressed rows over typed arrays (`csrMatrix.ts`), no bigint and
 * no object per entry in the loops. Bit for bit the same results as the bigint pipeline; null when some
 * value would leave the exact range (|bits| >= 2^53, far beyond what an epoch produces), so that the
 * caller runs the bigint pipeline instead.
 */
import type { I32F32 } from '@taonet/primitives';
import type { MatrixInputs, MatrixTerms } from '../computeMatrixTerms.js';
import type { EpochParams } from '../epochInputs.js';
import { getCommitBlocks } from '../getEpochStorage.js';
import { computeBondsFast } from './computeBondsFast.js';
import { computeConsensusFast } from './computeConsensusFast.js';
import { computeDividendsFast, toStoredBondsFast } from './computeDividendsFast.js';
import { computeWeightsForBondsFast } from './computeWeightsForBondsFast.js';
import { runFastPath, toBits } from './exactBits.js';
import { getMaskedWeightsFast } from './getMaskedWeightsFast.js';

function toFixed(bits: Float64Array): I32F32[] {
  const out = new Array<I32F32>(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = BigInt(bits[i]!) as I32F32;
  return out;
}

function matrixTermsFast(inputs: MatrixInputs, params: EpochParams): MatrixTerms {
  const { n, activeStake } = inputs;
  const stakeBits = Float64Array.from(activeStake, (s) => toBits(s));
  const weights = getMaskedWeightsFast(inputs.weights, n, {
    validatorForbids: inputs.validatorForbids,
    ownerUid: params.ownerUid,
    lastUpdate: inputs.lastUpdate,
    blockAtRegistration: inputs.blockAtRegistration,
    commitBlocks: params.commitRevealEnabled ? getCommitBlocks(inputs.commitBlocks, n) : null,
  });
  const { consensus, clippedWeights, validatorTrust, incentive } = computeConsensusFast(
    activeStake,
    stakeBits,
    weights,
    n,
    params.kappaU16,
  );
  const weightsForBonds = computeWeightsForBondsFast(weights, clippedWeights, n, params.bondsPenaltyU16);
  const emaBonds = computeBondsFast(
    {
      n,
      currentBlock: inputs.currentBlock,
      tempo: params.tempo,
      lastMechanismStepBlock: params.lastMechanismStepBlock,
      blockAtRegistration: inputs.blockAtRegistration,
      storedBonds: inputs.bonds,
      weightsForBonds,
      activeStake: stakeBits,
      consensus,
    },
    params,
  );
  const dividends = computeDividendsFast(params.yuma3, emaBonds, incentive, stakeBits, n);
  return {
    consensus: toFixed(consensus),
    validatorTrust: toFixed(validatorTrust),
    incentive: toFixed(incentive),
    dividends: toFixed(dividends),
    bonds: toStoredBondsFast(params.yuma3, emaBonds, inputs.newPermits, n),
  };
}

export function computeMatrixTermsFast(inputs: MatrixInputs, params: EpochParams): MatrixTerms | null {
  return runFastPath(() => matrixTermsFast(inputs, params));
}
