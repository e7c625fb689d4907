export type { DenseMatrix, SparseEntry, SparseMatrix, SparseRow } from './sparseMatrix.js';
