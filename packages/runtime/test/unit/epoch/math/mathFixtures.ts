/** Helpers for the epoch math tests: I32F32 literals and fast-check arbitraries of I32F32 bits. */
import { I32F32 } from '@taonet/primitives';
import fc from 'fast-check';
import type { SparseMatrix } from '../../../../src/epoch/math/index.js';

/** I32F32 from an f64 literal (exact for dyadic values). */
export const f = (x: number): I32F32 => I32F32.fromF64(x);
export const bits = (b: bigint): I32F32 => I32F32.fromBits(b);
export const fs = (xs: readonly number[]): I32F32[] => xs.map(f);
export const sparse = (rows: readonly (readonly (readonly [number, number])[])[]): SparseMatrix =>
  rows.map((row) => row.map(([j, x]): [number, I32F32] => [j, f(x)]));
export const unsparse = (m: SparseMatrix): [number, number][][] =>
  m.map((row) => row.map(([j, v]): [number, number] => [j, I32F32.toF64(v)]));

/** proportions in [0, 1] as I32F32 bits */
export const proportion = fc.bigInt({ min: 0n, max: 1n << 32n }).map(bits);
/** non-negative values up to 2^20 (stakes, u16 weights as integers) */
export const positive = fc.bigInt({ min: 0n, max: 1n << 52n }).map(bits);
/** any I32F32 */
export const anyFixed = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }).map(bits);

/** a sparse matrix of `rows` rows over columns 0..columns-1, unsorted, possibly with explicit zeros */
export function sparseMatrix(rows: number, columns: number, value = proportion): fc.Arbitrary<SparseMatrix> {
  const entry = fc.tuple(fc.nat({ max: columns - 1 }), fc.oneof(value, fc.constant(I32F32.ZERO)));
  return fc.array(fc.array(entry, { maxLength: columns }), { minLength: rows, maxLength: rows });
}
