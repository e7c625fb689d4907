/**
 * The matrix shapes of subtensor's epoch (epoch/math.rs), on I32F32 values.
 *
 * A sparse matrix is a list of rows; row `i` belongs to uid `i` (a validator), and holds
 * `[column, value]` entries in STORAGE ORDER: columns are not necessarily sorted and explicit zero
 * entries are kept, exactly as subtensor stores them (both matter for bit-exactness).
 */
import type { I32F32 } from '@taonet/primitives';

export type SparseEntry = [column: number, value: I32F32];
export type SparseRow = SparseEntry[];
export type SparseMatrix = SparseRow[];

/** A dense matrix, row-major: `m[i][j]`. */
export type DenseMatrix = I32F32[][];
