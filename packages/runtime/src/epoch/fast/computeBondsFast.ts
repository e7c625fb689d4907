/**
 * §1.9 bonds on the fast layout (`computeBonds.ts`): the stored bonds read and masked (columns
 * (re)registered since the last tempo dropped), then the original-Yuma column-normalised EMA or the
 * Yuma 3 EMA of proportions (fixed or liquid alpha).
 */
import { I32F32 } from '@taonet/primitives';
import { getLastTempo, u16Proportion } from '../computeBonds.js';
import { isU16, listOf } from '../getEpochStorage.js';
import { bondsAlphaFromMovingAverage } from '../math/index.js';
import { type CsrMatrix, colNormalizeCsr, createCsr, withValues } from './csrMatrix.js';
import { divBits, leaveFastPath, mulBits, TWO32, toBits } from './exactBits.js';
import { matEmaLiquidAlphaFast } from './liquidAlphaFast.js';
import { matEmaFast } from './matEmaFast.js';

export interface BondsFastInputs {
  readonly n: number;
  readonly currentBlock: bigint;
  readonly tempo: number;
  readonly lastMechanismStepBlock: bigint;
  readonly blockAtRegistration: readonly bigint[];
  /** the stored `Bonds` rows, as given */
  readonly storedBonds: unknown;
  readonly weightsForBonds: CsrMatrix;
  readonly activeStake: Float64Array;
  readonly consensus: Float64Array;
}

export interface BondsFastParams {
  readonly yuma3: boolean;
  readonly bondsMovingAverage: bigint;
  readonly liquidAlpha: boolean;
  readonly alphaLowU16: number;
  readonly alphaHighU16: number;
  readonly alphaSigmoidSteepness: number;
}

/** column sums of u16 bonds at or above 2^31 saturate as I32F32 bits */
const SATURATING_SUM = 2147483648;
let proportions: Float64Array | null = null;

/** `u16_proportion_to_fixed` of every u16, as bits: safe_div(w, 65535) = trunc(w · 2^32 / 65535). */
function proportionTable(): Float64Array {
  if (proportions === null) {
    proportions = new Float64Array(65536);
    for (let w = 0; w < 65536; w++) proportions[w] = divBits(w, 65535);
  }
  return proportions;
}

/**
 * The stored bonds (u16 values, columns not filtered by n), without the entries on columns registered at
 * or after the last tempo (`scalar_vec_mask_sparse_matrix`, a column beyond the registrations reads 0).
 */
function getMaskedBondsU16(inputs: BondsFastInputs): CsrMatrix {
  const { n, blockAtRegistration } = inputs;
  const lastTempo = getLastTempo(inputs.lastMechanismStepBlock, inputs.currentBlock, inputs.tempo);
  const dropped = new Uint8Array(n);
  for (let j = 0; j < n; j++) dropped[j] = lastTempo <= (blockAtRegistration[j] ?? 0n) ? 1 : 0;
  const droppedBeyond = lastTempo <= 0n;
  const list = listOf<unknown>(inputs.storedBonds);
  let capacity = 0;
  for (let i = 0; i < n; i++) capacity += listOf<unknown>(list[i]).length;
  const bonds = createCsr(n, capacity);
  let k = 0;
  for (let i = 0; i < n; i++) {
    bonds.start[i] = k;
    const row = listOf<unknown>(list[i]);
    for (let e = 0; e < row.length; e++) {
      const entry = row[e];
      if (!Array.isArray(entry)) continue;
      const j: unknown = entry[0];
      const w: unknown = entry[1];
      if (!isU16(j) || !isU16(w) || (j < n ? dropped[j] === 1 : droppedBeyond)) continue;
      bonds.col[k] = j;
      bonds.val[k++] = w;
    }
  }
  bonds.start[n] = k;
  return bonds;
}

/**
 * Original Yuma's B: `u16_to_fixed` values (w << 32) column-normalised over `0..n` — safe_div(w << 32,
 * S << 32) = trunc(w · 2^32 / S) with S the column's sum of u16 values; other entries stay w << 32.
 */
function colNormalizeU16(bonds: CsrMatrix, n: number): void {
  const { col, val } = bonds;
  const entries = bonds.start[bonds.rows]!;
  const sums = new Float64Array(n);
  for (let k = 0; k < entries; k++) {
    const j = col[k]!;
    if (j < n) sums[j] = sums[j]! + val[k]!;
  }
  for (let j = 0; j < n; j++) if (sums[j]! >= SATURATING_SUM) leaveFastPath();
  for (let k = 0; k < entries; k++) {
    const j = col[k]!;
    const sum = j < n ? sums[j]! : 0;
    val[k] = sum === 0 ? val[k]! * TWO32 : divBits(val[k]!, sum);
  }
}

/** `row_hadamard_sparse(W_b, active_stake)`: m_ij · s_i. */
function rowHadamardFast(matrix: CsrMatrix, vector: Float64Array): CsrMatrix {
  const { start, val } = matrix;
  const out = new Float64Array(val.length);
  for (let i = 0; i < matrix.rows; i++) {
    const scale = vector[i]!;
    for (let k = start[i]!; k < start[i + 1]!; k++) out[k] = mulBits(val[k]!, scale);
  }
  return withValues(matrix, out);
}

function bondsAlpha(bondsMovingAverage: bigint): number {
  return toBits(bondsAlphaFromMovingAverage(bondsMovingAverage));
}

export function computeBondsOriginalFast(inputs: BondsFastInputs, params: BondsFastParams): CsrMatrix {
  const { n } = inputs;
  const bonds = getMaskedBondsU16(inputs);
  colNormalizeU16(bonds, n);
  const bondsDelta = rowHadamardFast(inputs.weightsForBonds, inputs.activeStake);
  colNormalizeCsr(bondsDelta, n);
  const ema = matEmaFast(bondsDelta, bonds, bondsAlpha(params.bondsMovingAverage));
  colNormalizeCsr(ema, n);
  return ema;
}

export function computeBondsYuma3Fast(inputs: BondsFastInputs, params: BondsFastParams): CsrMatrix {
  const bonds = getMaskedBondsU16(inputs);
  const table = proportionTable();
  for (let k = 0; k < bonds.start[bonds.rows]!; k++) bonds.val[k] = table[bonds.val[k]!]!;
  if (!params.liquidAlpha || inputs.consensus.every((c) => c === 0)) {
    return matEmaFast(inputs.weightsForBonds, bonds, bondsAlpha(params.bondsMovingAverage));
  }
  return matEmaLiquidAlphaFast(inputs.weightsForBonds, bonds, inputs.consensus, {
    alphaLow: u16Proportion(params.alphaLowU16),
    alphaHigh: u16Proportion(params.alphaHighU16),
    alphaSigmoidSteepness: I32F32.saturatingFromInt(params.alphaSigmoidSteepness),
  });
}

export function computeBondsFast(inputs: BondsFastInputs, params: BondsFastParams): CsrMatrix {
  return params.yuma3 ? computeBondsYuma3Fast(inputs, params) : computeBondsOriginalFast(inputs, params);
}
