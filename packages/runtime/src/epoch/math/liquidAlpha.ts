/**
 * Liquid alpha (Yuma 3, yuma.md §1.10): a bond EMA alpha per (validator, miner) cell from how far the
 * validator's weight is ahead of consensus (buying) or its bond above its weight (selling), through a
 * sigmoid clamped to [alpha_low, alpha_high]. Ported from subtensor's run_epoch.rs.
 */
import type { I32F32 } from '@taonet/primitives';
import { bondsAlphaFromMovingAverage, matEma, matEmaAlpha, matEmaAlphaSparse, matEmaSparse } from './ema.js';
import { expSafe } from './expSafe.js';
import { I32_MAX, I32_MIN, ONE, satAdd, satMul, satSub, ZERO } from './i32f32Ops.js';
import type { DenseMatrix, SparseMatrix, SparseRow } from './sparseMatrix.js';
import { clampValue } from './vectorOps.js';

const HALF = (1n << 31n) as I32F32;
const MINUS_HUNDRED = (-100n << 32n) as I32F32;

/** `saturating_div` (the only one in the epoch): (a << 32) / b truncated, clamped; b != 0 here. */
function saturatingDiv(a: I32F32, b: I32F32): I32F32 {
  const q = (a << 32n) / b;
  return (q > I32_MAX ? I32_MAX : q < I32_MIN ? I32_MIN : q) as I32F32;
}

/** The sigmoid's slope `saturating_div(steepness, -100)`. */
export function sigmoidSlope(steepness: I32F32): I32F32 {
  return saturatingDiv(steepness, MINUS_HUNDRED);
}

/** The alpha of one combined difference d, for fixed bounds and steepness (the part worth memoising). */
export function alphaOfDiff(diff: I32F32, alphaLow: I32F32, alphaHigh: I32F32, steepness: I32F32): I32F32 {
  const x = satMul(sigmoidSlope(steepness), satSub(diff, HALF));
  // exp_safe >= 0, so the denominator is >= 1
  const sigmoid = saturatingDiv(ONE, satAdd(ONE, expSafe(x)));
  const alpha = satAdd(alphaLow, satMul(sigmoid, satSub(alphaHigh, alphaLow)));
  return clampValue(alpha, alphaLow, alphaHigh);
}

function combinedDiff(consensus: I32F32, weight: I32F32, bond: I32F32): I32F32 {
  return weight >= bond
    ? clampValue(satSub(weight, consensus), ZERO, ONE)
    : clampValue(satSub(bond, weight), ZERO, ONE);
}

/**
 * `alpha_sigmoid`: d = clamp(w - c, 0, 1) when w >= b, else clamp(b - w, 0, 1);
 * x = saturating_div(steepness, -100) · (d - 0.5); sigmoid = saturating_div(1, 1 + exp_safe(x));
 * alpha = clamp(low + sigmoid · (high - low), low, high). All saturating.
 */
export function alphaSigmoid(
  consensus: I32F32,
  weight: I32F32,
  bond: I32F32,
  alphaLow: I32F32,
  alphaHigh: I32F32,
  alphaSigmoidSteepness: I32F32,
): I32F32 {
  return alphaOfDiff(combinedDiff(consensus, weight, bond), alphaLow, alphaHigh, alphaSigmoidSteepness);
}

/** `alphaSigmoid` with the bounds and steepness fixed, memoised on the combined difference. */
function memoisedAlpha(alphaLow: I32F32, alphaHigh: I32F32, steepness: I32F32) {
  const memo = new Map<bigint, I32F32>();
  return (consensus: I32F32, weight: I32F32, bond: I32F32): I32F32 => {
    const diff = combinedDiff(consensus, weight, bond);
    let alpha = memo.get(diff);
    if (alpha === undefined) {
      alpha = alphaOfDiff(diff, alphaLow, alphaHigh, steepness);
      memo.set(diff, alpha);
    }
    return alpha;
  };
}

/**
 * `compute_liquid_alpha_values` (dense): alpha_ij over weights, bonds and consensus zipped (the shortest
 * of the three sets each row's length); `[]` when weights and bonds have different row counts.
 */
export function computeLiquidAlphaValues(
  weights: DenseMatrix,
  bonds: DenseMatrix,
  consensus: readonly I32F32[],
  alphaLow: I32F32,
  alphaHigh: I32F32,
  alphaSigmoidSteepness: I32F32,
): DenseMatrix {
  if (weights.length !== bonds.length) return [];
  const alphaOf = memoisedAlpha(alphaLow, alphaHigh, alphaSigmoidSteepness);
  return weights.map((wRow, i) => {
    const bRow = bonds[i] as I32F32[];
    const width = Math.min(wRow.length, bRow.length, consensus.length);
    const row = new Array<I32F32>(width);
    for (let j = 0; j < width; j++) {
      row[j] = alphaOf(consensus[j] as I32F32, wRow[j] as I32F32, bRow[j] as I32F32);
    }
    return row;
  });
}

/**
 * `compute_liquid_alpha_values_sparse`: the dense rows × len(consensus) alpha matrix. Each row's weight
 * and bond at column j are found by a forward merge walk that ASSUMES ascending columns: entries with a
 * column < j are skipped for good, a column > j stops the walk (reads 0). Ported literally: on an unsorted
 * stored row some entries are read as 0. `[]` when weights and bonds have different row counts.
 */
export function computeLiquidAlphaValuesSparse(
  weights: SparseMatrix,
  bonds: SparseMatrix,
  consensus: readonly I32F32[],
  alphaLow: I32F32,
  alphaHigh: I32F32,
  alphaSigmoidSteepness: I32F32,
): DenseMatrix {
  if (weights.length !== bonds.length) return [];
  const alphaOf = memoisedAlpha(alphaLow, alphaHigh, alphaSigmoidSteepness);
  const alphas: DenseMatrix = new Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const wRow = weights[i] as SparseRow;
    const bRow = bonds[i] as SparseRow;
    let w = 0;
    let b = 0;
    const row = new Array<I32F32>(consensus.length);
    for (let j = 0; j < consensus.length; j++) {
      let weight = ZERO;
      while (w < wRow.length) {
        const [column, value] = wRow[w] as [number, I32F32];
        if (column < j) w++;
        else {
          if (column === j) weight = value;
          break;
        }
      }
      let bond = ZERO;
      while (b < bRow.length) {
        const [column, value] = bRow[b] as [number, I32F32];
        if (column < j) b++;
        else {
          if (column === j) bond = value;
          break;
        }
      }
      row[j] = alphaOf(consensus[j] as I32F32, weight, bond);
    }
    alphas[i] = row;
  }
  return alphas;
}

/** The subnet parameters of `compute_bonds(_sparse)` (AlphaValues already as I32F32 proportions). */
export interface BondsEmaParams {
  readonly liquidAlpha: boolean;
  readonly alphaLow: I32F32;
  readonly alphaHigh: I32F32;
  readonly alphaSigmoidSteepness: I32F32;
  readonly bondsMovingAverage: bigint;
}

const useLiquidAlpha = (params: BondsEmaParams, consensus: readonly I32F32[]) =>
  params.liquidAlpha && consensus.some((c) => c !== ZERO);

/**
 * `compute_bonds` (dense, Yuma 3): with liquid alpha on and some consensus != 0, `mat_ema_alpha` with the
 * liquid alpha matrix; otherwise `mat_ema` with the fixed alpha 1 - bma/1e6.
 */
export function computeBondsDense(
  weights: DenseMatrix,
  bonds: DenseMatrix,
  consensus: readonly I32F32[],
  params: BondsEmaParams,
): DenseMatrix {
  if (!useLiquidAlpha(params, consensus)) {
    return matEma(weights, bonds, bondsAlphaFromMovingAverage(params.bondsMovingAverage));
  }
  const { alphaLow, alphaHigh, alphaSigmoidSteepness } = params;
  const alphas = computeLiquidAlphaValues(
    weights,
    bonds,
    consensus,
    alphaLow,
    alphaHigh,
    alphaSigmoidSteepness,
  );
  return matEmaAlpha(weights, bonds, alphas);
}

/** `compute_bonds_sparse` (Yuma 3): the sparse twin of `computeBondsDense` (`mat_ema_alpha_sparse` / `mat_ema_sparse`). */
export function computeBondsSparse(
  weights: SparseMatrix,
  bonds: SparseMatrix,
  consensus: readonly I32F32[],
  params: BondsEmaParams,
): SparseMatrix {
  if (!useLiquidAlpha(params, consensus)) {
    return matEmaSparse(weights, bonds, bondsAlphaFromMovingAverage(params.bondsMovingAverage));
  }
  const { alphaLow, alphaHigh, alphaSigmoidSteepness } = params;
  const alphas = computeLiquidAlphaValuesSparse(
    weights,
    bonds,
    consensus,
    alphaLow,
    alphaHigh,
    alphaSigmoidSteepness,
  );
  return matEmaAlphaSparse(weights, bonds, alphas);
}
