/**
 * Yuma 3 liquid alpha (yuma.md §1.10) and `mat_ema_alpha_sparse` on the fast layout. The alpha of a cell
 * is computed only where the EMA reads it (the columns of the new row), from the weight and bond the
 * literal merge walk of `compute_liquid_alpha_values_sparse` reads there, memoised on the combined
 * difference. `exp_safe` runs its Taylor series on exact numbers; a series that would leave the exact
 * range (|x| above ~14.5) takes the bigint `alphaOfDiff` for that difference instead.
 */
import type { I32F32 } from '@taonet/primitives';
import { expSafe } from '../math/expSafe.js';
import { ONE } from '../math/i32f32Ops.js';
import { alphaOfDiff, sigmoidSlope } from '../math/liquidAlpha.js';
import { type CsrMatrix, createCsr } from './csrMatrix.js';
import { checked, divBits, floorDivSmall, mulBits, TWO32, TWO52, TWO53, TWO85, toBits } from './exactBits.js';

const HALF = TWO32 / 2;
const MAX_INPUT = 20 * TWO32;
/** exp(1): substrate-fixed's e constant, not the series */
const E_BITS = toBits(expSafe(ONE));

/** `exp_safe` on bits, or -1 when the series would leave the exact range. */
export function expSafeBits(input: number): number {
  const x = input < -MAX_INPUT ? -MAX_INPUT : input > MAX_INPUT ? MAX_INPUT : input;
  if (x === 0) return TWO32;
  if (x === TWO32) return E_BITS;
  const operand = x < 0 ? -x : x;
  let result = operand + TWO32;
  let term = operand;
  for (let i = 2; i < 32; i++) {
    if (!(term * operand < TWO85)) return -1;
    const product = mulBits(term, operand);
    if (product >= TWO52) return -1;
    // floor(floor(term · operand / 2^32) / i), as the bigint series' single division
    term = floorDivSmall(product, i);
    if (term === 0) break;
    result += term;
    if (result >= TWO53) return -1;
  }
  return x < 0 ? divBits(TWO32, result) : result;
}

export interface AlphaBounds {
  readonly alphaLow: I32F32;
  readonly alphaHigh: I32F32;
  readonly alphaSigmoidSteepness: I32F32;
}

/** `alphaOfDiff` for fixed bounds, on bits, memoised. */
export function createAlphaOfDiffFast(bounds: AlphaBounds): (diff: number) => number {
  const low = toBits(bounds.alphaLow);
  const high = toBits(bounds.alphaHigh);
  const slope = toBits(sigmoidSlope(bounds.alphaSigmoidSteepness));
  const memo = new Map<number, number>();
  const compute = (diff: number): number => {
    const exp = expSafeBits(mulBits(slope, diff - HALF));
    if (exp < 0 || exp >= TWO53 - TWO32) {
      return toBits(
        alphaOfDiff(BigInt(diff) as I32F32, bounds.alphaLow, bounds.alphaHigh, bounds.alphaSigmoidSteepness),
      );
    }
    const sigmoid = divBits(TWO32, TWO32 + exp);
    const alpha = checked(low + mulBits(sigmoid, high - low));
    const capped = alpha < high ? alpha : high;
    return capped > low ? capped : low;
  };
  return (diff) => {
    let alpha = memo.get(diff);
    if (alpha === undefined) memo.set(diff, (alpha = compute(diff)));
    return alpha;
  };
}

/** The combined difference of `alpha_sigmoid`: clamp(w - c, 0, 1) when w >= b, else clamp(b - w, 0, 1). */
function combinedDiff(consensus: number, weight: number, bond: number): number {
  const d = weight >= bond ? weight - consensus : bond - weight;
  return d < 0 ? 0 : d > TWO32 ? TWO32 : d;
}

/**
 * The value the merge walk of `compute_liquid_alpha_values_sparse` reads at each column 0..out.length
 * of row i: entries with a column below j are skipped for good, a column above j stops the walk (0).
 */
function walkRow(matrix: CsrMatrix, i: number, out: Float64Array): void {
  const { col, val } = matrix;
  const to = i < matrix.rows ? matrix.start[i + 1]! : 0;
  let w = i < matrix.rows ? matrix.start[i]! : 0;
  for (let j = 0; j < out.length; j++) {
    let value = 0;
    while (w < to) {
      const c = col[w]!;
      if (c < j) w++;
      else {
        if (c === j) value = val[w]!;
        break;
      }
    }
    out[j] = value;
  }
}

/**
 * `compute_bonds_sparse` with liquid alpha: `mat_ema_alpha_sparse(W_b, B, alpha)` — per new entry (j, w)
 * in row order, min(1, (1 - α_ij)·b_ij + max(0, α_ij·w)) with b_ij the LAST old entry on column j (0
 * without), emitted when > 0; columns >= len(consensus) ignored.
 */
export function matEmaLiquidAlphaFast(
  newer: CsrMatrix,
  older: CsrMatrix,
  consensus: Float64Array,
  bounds: AlphaBounds,
): CsrMatrix {
  const width = consensus.length;
  const alphaOf = createAlphaOfDiffFast(bounds);
  const result = createCsr(newer.rows, newer.start[newer.rows]!);
  const weightWalk = new Float64Array(width);
  const bondWalk = new Float64Array(width);
  const oldValue = new Float64Array(width);
  const hasOld = new Uint8Array(width);
  let k = 0;
  for (let i = 0; i < newer.rows; i++) {
    result.start[i] = k;
    const from = newer.start[i]!;
    const to = newer.start[i + 1]!;
    if (from === to) continue;
    walkRow(newer, i, weightWalk);
    walkRow(older, i, bondWalk);
    const oldFrom = older.start[i]!;
    const oldTo = older.start[i + 1]!;
    for (let e = oldFrom; e < oldTo; e++) {
      const j = older.col[e]!;
      if (j < width) {
        oldValue[j] = older.val[e]!;
        hasOld[j] = 1;
      }
    }
    for (let e = from; e < to; e++) {
      const j = newer.col[e]!;
      if (j >= width) continue;
      const alpha = alphaOf(combinedDiff(consensus[j]!, weightWalk[j]!, bondWalk[j]!));
      const decayed = hasOld[j] === 1 ? mulBits(TWO32 - alpha, oldValue[j]!) : 0;
      const increment = mulBits(alpha, newer.val[e]!);
      const sum = checked(decayed + (increment > 0 ? increment : 0));
      const cell = sum < TWO32 ? sum : TWO32;
      if (cell > 0) {
        result.col[k] = j;
        result.val[k++] = cell;
      }
    }
    for (let e = oldFrom; e < oldTo; e++) {
      const j = older.col[e]!;
      if (j < width) hasOld[j] = 0;
    }
  }
  result.start[newer.rows] = k;
  return result;
}
