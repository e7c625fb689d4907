/**
 * What a math adapter returns (the runtime function's result with its shape and leaf type), the decoding
 * of a vector's `expected` into the same shape, and the comparison: fixed-point leaves bit for bit (the
 * expected value converted by `expected_type`), or within the vector's `{abs, eps_type}` tolerance;
 * integers, booleans and sparse columns exactly. The first difference is reported with its position.
 */
import { I32F32, I64F64 } from '@taonet/primitives';
import type { DenseMatrix, SparseMatrix } from '@taonet/runtime';
import { evaluateExpression } from './mathExpr.js';
import { asArray, decodeBool, decodeFixed, decodeUint, type FixedTarget } from './mathValues.js';
import { MathVectorError } from './mathVectorError.js';

export type Leaf = 'I32F32' | 'I64F64' | 'uint' | 'bool';
export type Shape = 'scalar' | 'vector' | 'sparse' | 'dense';

export interface MathOutput {
  readonly shape: Shape;
  readonly leaf: Leaf;
  readonly value: Node;
}

/** A decoded value: fixed bits / integers as bigint, booleans, sparse columns as numbers. */
export type Node = bigint | boolean | number | readonly Node[];

const sparseNode = (m: SparseMatrix): Node => m.map((row) => row.map(([j, v]) => [j, v]));

export const output = {
  scalar: (x: I32F32): MathOutput => ({ shape: 'scalar', leaf: 'I32F32', value: x }),
  vector: (x: readonly I32F32[]): MathOutput => ({ shape: 'vector', leaf: 'I32F32', value: x }),
  vector64: (x: readonly I64F64[]): MathOutput => ({ shape: 'vector', leaf: 'I64F64', value: x }),
  sparse: (m: SparseMatrix): MathOutput => ({ shape: 'sparse', leaf: 'I32F32', value: sparseNode(m) }),
  dense: (m: DenseMatrix): MathOutput => ({ shape: 'dense', leaf: 'I32F32', value: m }),
  uint: (x: number | bigint): MathOutput => ({ shape: 'scalar', leaf: 'uint', value: BigInt(x) }),
  uints: (x: readonly (number | bigint)[]): MathOutput => ({
    shape: 'vector',
    leaf: 'uint',
    value: x.map((v) => BigInt(v)),
  }),
  bool: (x: boolean): MathOutput => ({ shape: 'scalar', leaf: 'bool', value: x }),
  bools: (x: readonly boolean[]): MathOutput => ({ shape: 'vector', leaf: 'bool', value: x }),
};

const targetOf = (leaf: Leaf): FixedTarget => (leaf === 'I64F64' ? I64F64 : I32F32);

const NO_ARGS = {
  literal: (value: number) => I32F32.saturatingFromF64(Math.fround(value)), // float-ok: `fixed(f32)` literal
  resolve: (name: string): never => {
    throw new MathVectorError(`an expected value cannot refer to "${name}"`);
  },
};

function decodeLeaf(raw: unknown, leaf: Leaf, expectedType: string, what: string): Node {
  if (leaf === 'bool') return decodeBool(raw, what);
  if (leaf === 'uint') return decodeUint(raw, what);
  const target = targetOf(leaf);
  if (expectedType !== 'expr') return decodeFixed(raw, expectedType, target, NO_ARGS);
  if (typeof raw === 'number') return target.saturatingFromF64(Math.fround(raw)); // float-ok: `fixed(f32)`
  const value = evaluateExpression(String(raw), NO_ARGS);
  if (Array.isArray(value)) throw new MathVectorError(`${what}: "${raw}" is a list`);
  return target.saturatingFromFixed(I32F32, value);
}

/** `expected` decoded into the shape of the output. */
export function decodeExpected(raw: unknown, shape: Shape, leaf: Leaf, expectedType: string): Node {
  const one = (value: unknown, what: string) => decodeLeaf(value, leaf, expectedType, what);
  if (shape === 'scalar') return one(raw, 'expected');
  if (shape === 'vector') return asArray(raw, 'expected').map((v, i) => one(v, `expected[${i}]`));
  if (shape === 'dense') {
    return asArray(raw, 'expected').map((row, i) =>
      asArray(row, `expected[${i}]`).map((v, j) => one(v, `expected[${i}][${j}]`)),
    );
  }
  return asArray(raw, 'expected').map((row, i) =>
    asArray(row, `expected[${i}]`).map((entry, k) => {
      const [column, value] = asArray(entry, `expected[${i}][${k}]`);
      return [Number(decodeUint(column, `expected[${i}][${k}] column`)), one(value, `expected[${i}][${k}]`)];
    }),
  );
}

/** The tolerance in the leaf's bits: null for exact (`"exact"`, 0, absent). */
export function decodeTolerance(raw: unknown, leaf: Leaf): bigint | null {
  if (raw === undefined || raw === null || raw === 'exact' || raw === 0) return null;
  if (typeof raw !== 'object') throw new MathVectorError(`unknown tolerance ${JSON.stringify(raw)}`);
  const { abs, eps_type: epsType } = raw as { abs?: unknown; eps_type?: unknown };
  if (leaf !== 'I32F32' && leaf !== 'I64F64') return null;
  return decodeFixed(abs, typeof epsType === 'string' ? epsType : 'f64', targetOf(leaf), NO_ARGS);
}

const LABELS: Record<Shape, readonly string[]> = {
  scalar: [],
  vector: ['index'],
  dense: ['row', 'col'],
  sparse: ['row', 'entry', 'field'],
};

function describe(node: Node, leaf: Leaf): string {
  if (Array.isArray(node)) return `[${node.map((n) => describe(n, leaf)).join(', ')}]`;
  if (typeof node === 'bigint' && (leaf === 'I32F32' || leaf === 'I64F64')) {
    const text = leaf === 'I64F64' ? I64F64.format(I64F64.wrap(node)) : I32F32.format(I32F32.wrap(node));
    return `${text} (bits ${node})`;
  }
  return String(node);
}

interface CompareContext {
  readonly leaf: Leaf;
  readonly labels: readonly string[];
  readonly eps: bigint | null;
}

function where(path: readonly number[], labels: readonly string[]): string {
  if (path.length === 0) return 'value';
  return path
    .map((p, d) => (labels[d] === 'field' ? (p === 0 ? 'column' : 'value') : `${labels[d] ?? 'at'} ${p}`))
    .join(', ');
}

function leafDiffers(actual: Node, expected: Node, ctx: CompareContext, isColumn: boolean): boolean {
  if (typeof actual === 'bigint' && typeof expected === 'bigint' && !isColumn && ctx.eps !== null) {
    const delta = actual > expected ? actual - expected : expected - actual;
    return delta > ctx.eps;
  }
  return actual !== expected;
}

function diffNodes(actual: Node, expected: Node, path: number[], ctx: CompareContext): string | null {
  const actualList = Array.isArray(actual);
  if (actualList !== Array.isArray(expected)) {
    return `${where(path, ctx.labels)}: expected ${describe(expected, ctx.leaf)} vs actual ${describe(actual, ctx.leaf)}`;
  }
  if (!actualList) {
    const isColumn = ctx.labels[path.length - 1] === 'field' && path.at(-1) === 0;
    if (!leafDiffers(actual, expected, ctx, isColumn)) return null;
    return `${where(path, ctx.labels)}: expected ${describe(expected, ctx.leaf)} vs actual ${describe(actual, ctx.leaf)}`;
  }
  const a = actual as readonly Node[];
  const e = expected as readonly Node[];
  for (let i = 0; i < Math.min(a.length, e.length); i++) {
    const diff = diffNodes(a[i] as Node, e[i] as Node, [...path, i], ctx);
    if (diff !== null) return diff;
  }
  if (a.length === e.length) return null;
  const at = path.length === 0 ? '' : `${where(path, ctx.labels)}: `;
  const extra =
    a.length > e.length
      ? `extra actual ${describe(a[e.length] as Node, ctx.leaf)}`
      : `missing expected ${describe(e[a.length] as Node, ctx.leaf)}`;
  return `${at}expected length ${e.length} vs actual ${a.length} (${extra})`;
}

/** The first difference between an output and a decoded expected value, or null when they agree. */
export function diffOutput(actual: MathOutput, expected: Node, eps: bigint | null): string | null {
  return diffNodes(actual.value, expected, [], { leaf: actual.leaf, labels: LABELS[actual.shape], eps });
}
