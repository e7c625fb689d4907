/**
 * Tolerances of the `economics.json` scenario vectors, which state them in several forms: a number, an
 * object per field, or prose such as `"relative 1/10000 (...)"`.
 */
import type { Vector } from '../conformanceSuite.js';

export type Tolerance = { readonly absolute: number } | { readonly relative: number };

export function toleranceOf(vector: Vector, field?: string): Tolerance {
  const t = vector.tolerance;
  if (typeof t === 'number') return { absolute: t };
  if (typeof t === 'string') {
    const match = /relative\s+(\d+(?:\.\d+)?(?:e-?\d+)?)(?:\s*\/\s*(\d+))?/.exec(t);
    if (match !== null) return { relative: Number(match[1]) / Number(match[2] ?? 1) };
  }
  if (typeof t === 'object' && t !== null && field !== undefined) {
    const value = (t as Record<string, unknown>)[field];
    if (typeof value === 'number') return { absolute: value };
  }
  return { absolute: 0 };
}

/** The allowed absolute difference around `expected` for this tolerance. */
export function allowedDifference(tolerance: Tolerance, expected: number): number {
  return 'absolute' in tolerance ? tolerance.absolute : Math.abs(expected) * tolerance.relative;
}
