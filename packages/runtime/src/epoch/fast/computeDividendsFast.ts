/**
 * §1.9 dividends and §1.14 stored bonds on the fast layout (`computeDividends.ts`, `toStoredBonds`).
 */
import type { StoredRow } from '../epochInputs.js';
import { type CsrMatrix, colNormalizeCsr, normalizeBits, withValues } from './csrMatrix.js';
import { checked, divBits, mulBits, TWO32 } from './exactBits.js';

/**
 * Original Yuma: D_i = Σ_j EMA_ij · I_j (`matmul_transpose_sparse`); Yuma 3: D_i = s_i · Σ_j B̂_ij · I_j
 * with B̂ the column-normalised EMA (`mat_vec_mul_sparse`, `row_sum_sparse`, `vec_mul`); normalised.
 */
export function computeDividendsFast(
  yuma3: boolean,
  emaBonds: CsrMatrix,
  incentive: Float64Array,
  activeStake: Float64Array,
  n: number,
): Float64Array {
  const bonds = yuma3 ? withValues(emaBonds, emaBonds.val.slice()) : emaBonds;
  if (yuma3) colNormalizeCsr(bonds, n);
  const { start, col, val } = bonds;
  const dividends = new Float64Array(bonds.rows);
  for (let i = 0; i < bonds.rows; i++) {
    let acc = 0;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const j = col[k]!;
      if (j < incentive.length) acc = checked(acc + mulBits(val[k]!, incentive[j]!));
    }
    dividends[i] = acc;
  }
  if (yuma3) {
    const length = Math.min(dividends.length, activeStake.length);
    for (let i = 0; i < length; i++) dividends[i] = mulBits(dividends[i]!, activeStake[i]!);
    normalizeBits(dividends.subarray(0, length));
    return dividends.slice(0, length);
  }
  normalizeBits(dividends);
  return dividends;
}

/** `inplace_col_max_upscale_sparse`: each entry divided by its column's max (from 0) over `0..columns`. */
function colMaxUpscaleFast(matrix: CsrMatrix, columns: number): void {
  const { col, val } = matrix;
  const entries = matrix.start[matrix.rows]!;
  const max = new Float64Array(columns);
  for (let k = 0; k < entries; k++) {
    const j = col[k]!;
    if (j < columns && max[j]! < val[k]!) max[j] = val[k]!;
  }
  for (let k = 0; k < entries; k++) {
    const j = col[k]!;
    const m = j < columns ? max[j]! : 0;
    if (m !== 0) val[k] = divBits(val[k]!, m);
  }
}

/** `fixed_proportion_to_u16`: floor(x · 65535) as u16 (saturating). */
function proportionToU16(x: number): number {
  const scaled = mulBits(x, 65535 * TWO32);
  // float-ok: the exact integer scaled / 2^32, floored (the arithmetic shift), then clamped
  const u16 = Math.floor(scaled / TWO32);
  return u16 < 0 ? 0 : u16 > 65535 ? 65535 : u16;
}

/** The bonds rows to store (`toStoredBonds`): original Yuma upscales each column first (mutates `emaBonds`). */
export function toStoredBondsFast(
  yuma3: boolean,
  emaBonds: CsrMatrix,
  newPermits: readonly boolean[],
  n: number,
): StoredRow[] {
  if (!yuma3) colMaxUpscaleFast(emaBonds, n);
  const { start, col, val } = emaBonds;
  const rows: StoredRow[] = new Array(n);
  for (let uid = 0; uid < n; uid++) {
    if (newPermits[uid] !== true || uid >= emaBonds.rows) {
      rows[uid] = [];
      continue;
    }
    const row: (readonly [number, number])[] = new Array(start[uid + 1]! - start[uid]!);
    for (let k = start[uid]!; k < start[uid + 1]!; k++)
      row[k - start[uid]!] = [col[k]!, proportionToU16(val[k]!)];
    rows[uid] = row;
  }
  return rows;
}
