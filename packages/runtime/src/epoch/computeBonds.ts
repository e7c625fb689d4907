/**
 * §1.9 Bonds: the EMA of each validator's bonds on each miner, in two variants (`Yuma3On`).
 * - Original Yuma: B = stored bonds (u16 integer values) column-normalised; ΔB = W_b ∘ active_stake
 *   column-normalised; EMA = α·ΔB + (1-α)·B (α = 1 - bonds_moving_average/1e6), column-normalised.
 * - Yuma 3: B = stored bonds as proportions (u16/65535); EMA = (1-α)·B + α·W_b clamped to 1, with a
 *   per-(i, j) sigmoid α when liquid alpha is on and any consensus is non-zero (§1.10), else the fixed α.
 *   Quirk: the sparse EMA only emits columns present in the W_b row (a bond on a column without a weight
 *   entry is dropped, not decayed).
 * In both, bonds on columns (re)registered since the previous epoch (`last_tempo <= registration`) are
 * dropped first.
 */
import { I32F32, saturatingAddU64, saturatingSubU64 } from '@taonet/primitives';
import {
  bondsAlphaFromMovingAverage,
  computeBondsSparse,
  inplaceColNormalizeSparse,
  matEmaSparse,
  rowHadamardSparse,
  type SparseMatrix,
  scalarVecMaskSparseMatrix,
} from './math/index.js';

export interface BondsInputs {
  readonly n: number;
  readonly currentBlock: bigint;
  readonly tempo: number;
  readonly lastMechanismStepBlock: bigint;
  readonly blockAtRegistration: readonly bigint[];
  /** stored bonds (`getBondsSparse`): u16 integer values for original Yuma, proportions for Yuma 3 */
  readonly bonds: SparseMatrix;
  readonly weightsForBonds: SparseMatrix;
  readonly activeStake: readonly I32F32[];
  readonly consensus: readonly I32F32[];
}

export interface BondsParams {
  readonly yuma3: boolean;
  readonly bondsMovingAverage: bigint;
  readonly liquidAlpha: boolean;
  readonly alphaLowU16: number;
  readonly alphaHighU16: number;
  readonly alphaSigmoidSteepness: number;
}

/**
 * The block bonds are reset against: the previous successful epoch + 1 (`LastMechansimStepBlock + 1`),
 * or `current_block - tempo` before the first coinbase-driven epoch.
 */
export function getLastTempo(lastMechanismStepBlock: bigint, currentBlock: bigint, tempo: number): bigint {
  return lastMechanismStepBlock === 0n
    ? saturatingSubU64(currentBlock, BigInt(tempo))
    : saturatingAddU64(lastMechanismStepBlock, 1n);
}

/** An AlphaValues bound: u16 / 65535 (`get_alpha_values_32`). */
export function u16Proportion(value: number): I32F32 {
  return I32F32.safeDiv(I32F32.fromInt(value), I32F32.fromInt(65535));
}

function maskRecentlyRegistered(bonds: SparseMatrix, inputs: BondsInputs): SparseMatrix {
  const lastTempo = getLastTempo(inputs.lastMechanismStepBlock, inputs.currentBlock, inputs.tempo);
  return scalarVecMaskSparseMatrix(bonds, lastTempo, inputs.blockAtRegistration, (last, reg) => last <= reg);
}

/** Original Yuma (`compute_ema_bonds_normal_sparse` and around): the column-normalised EMA. */
export function computeBondsOriginal(inputs: BondsInputs, params: BondsParams): SparseMatrix {
  const { n } = inputs;
  const bonds = maskRecentlyRegistered(inputs.bonds, inputs);
  inplaceColNormalizeSparse(bonds, n);
  const bondsDelta = rowHadamardSparse(inputs.weightsForBonds, inputs.activeStake);
  inplaceColNormalizeSparse(bondsDelta, n);
  const ema = matEmaSparse(bondsDelta, bonds, bondsAlphaFromMovingAverage(params.bondsMovingAverage));
  inplaceColNormalizeSparse(ema, n);
  return ema;
}

/** Yuma 3 (`ema_bonds_liquid_or_normal_sparse`): the EMA of proportions, not normalised. */
export function computeBondsYuma3(inputs: BondsInputs, params: BondsParams): SparseMatrix {
  return computeBondsSparse(
    inputs.weightsForBonds,
    maskRecentlyRegistered(inputs.bonds, inputs),
    inputs.consensus,
    {
      liquidAlpha: params.liquidAlpha,
      alphaLow: u16Proportion(params.alphaLowU16),
      alphaHigh: u16Proportion(params.alphaHighU16),
      alphaSigmoidSteepness: I32F32.saturatingFromInt(params.alphaSigmoidSteepness),
      bondsMovingAverage: params.bondsMovingAverage,
    },
  );
}

export function computeBonds(inputs: BondsInputs, params: BondsParams): SparseMatrix {
  return params.yuma3 ? computeBondsYuma3(inputs, params) : computeBondsOriginal(inputs, params);
}
