/** Small dense linear systems: Gaussian elimination with partial pivoting, and ridge least squares. */

/** Solves A x = b (A is n x n, row-major arrays); a singular pivot is treated as 0 (that x is 0). */
export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-300) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-300 ? 0 : row[n]! / row[i]!));
}

/** argmin |X beta - y|^2 + lambda |beta|^2 (the first column, the intercept, is not penalised). */
export function ridgeLeastSquares(
  x: readonly (readonly number[])[],
  y: readonly number[],
  lambda: number,
): number[] {
  const k = x[0]?.length ?? 0;
  const xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const xty = new Array<number>(k).fill(0);
  x.forEach((row, r) => {
    for (let i = 0; i < k; i++) {
      xty[i]! += row[i]! * y[r]!;
      for (let j = 0; j < k; j++) xtx[i]![j]! += row[i]! * row[j]!;
    }
  });
  for (let i = 1; i < k; i++) xtx[i]![i]! += lambda;
  return solveLinear(xtx, xty);
}
