/**
 * Typed access to a math vector's `args`, decoded by its `types` (mathValues). The adapter says what
 * shape it needs (scalar, list, sparse rows of `[col, value]` in storage order, dense rows); the vector
 * says how its numbers convert. A missing or malformed argument throws a MathVectorError.
 */
import { I32F32, I64F64 } from '@taonet/primitives';
import type { DenseMatrix, SparseMatrix, SparseRow } from '@taonet/runtime';
import type { ExprContext, ExprValue } from './mathExpr.js';
import { evaluateExpression } from './mathExpr.js';
import { asArray, decodeBool, decodeFixed, decodeUint, type FixedTarget } from './mathValues.js';
import { MathVectorError } from './mathVectorError.js';

const MASK_FN = /^\s*a\s*(<=|>=|==|!=|<|>)\s*b\s*$/;
const COMPARATORS: Record<string, (a: bigint, b: bigint) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

export class MathArgs {
  constructor(
    private readonly args: Readonly<Record<string, unknown>>,
    private readonly types: Readonly<Record<string, unknown>>,
  ) {}

  has(name: string): boolean {
    return this.args[name] !== undefined;
  }

  private raw(name: string): unknown {
    if (!(name in this.args)) throw new MathVectorError(`missing argument "${name}"`);
    return this.args[name];
  }

  private typeOf(name: string): string | undefined {
    const type = this.types[name];
    return typeof type === 'string' ? type : undefined;
  }

  private context(name: string): ExprContext {
    const type = this.typeOf(name);
    return {
      literal: (value) => decodeFixed(value, type, I32F32, this.context(name)) as I32F32,
      resolve: (other): ExprValue => {
        if (other === name) throw new MathVectorError(`argument "${name}" refers to itself`);
        const value = this.raw(other);
        if (typeof value === 'string') return evaluateExpression(value, this.context(other));
        return Array.isArray(value) ? this.vec(other) : this.fixed(other);
      },
    };
  }

  private scalarOf(raw: unknown, name: string, target: FixedTarget): bigint {
    return decodeFixed(raw, this.typeOf(name), target, this.context(name));
  }

  private listOf(name: string, target: FixedTarget): bigint[] {
    const raw = this.raw(name);
    if (typeof raw === 'string') {
      const value = evaluateExpression(raw, this.context(name));
      if (!Array.isArray(value)) throw new MathVectorError(`argument "${name}": "${raw}" is not a list`);
      return value.map((v) => target.saturatingFromFixed(I32F32, v));
    }
    return asArray(raw, name).map((item) => this.scalarOf(item, name, target));
  }

  fixed(name: string): I32F32 {
    return this.scalarOf(this.raw(name), name, I32F32) as I32F32;
  }

  fixed64(name: string): I64F64 {
    return this.scalarOf(this.raw(name), name, I64F64) as I64F64;
  }

  vec(name: string): I32F32[] {
    return this.listOf(name, I32F32) as I32F32[];
  }

  vec64(name: string): I64F64[] {
    return this.listOf(name, I64F64) as I64F64[];
  }

  /** rows of `[column, value]`, storage order and explicit zeros kept */
  sparse(name: string): SparseMatrix {
    return asArray(this.raw(name), name).map(
      (row, i): SparseRow =>
        asArray(row, `${name}[${i}]`).map((entry, k): [number, I32F32] => {
          const [column, value] = asArray(entry, `${name}[${i}][${k}]`);
          const col = Number(decodeUint(column, `${name}[${i}][${k}] column`));
          return [col, this.scalarOf(value, name, I32F32) as I32F32];
        }),
    );
  }

  dense(name: string): DenseMatrix {
    return asArray(this.raw(name), name).map((row, i) =>
      asArray(row, `${name}[${i}]`).map((value) => this.scalarOf(value, name, I32F32) as I32F32),
    );
  }

  /** a count or index (usize/u16) */
  int(name: string): number {
    return Number(decodeUint(this.raw(name), name));
  }

  u64(name: string): bigint {
    return decodeUint(this.raw(name), name);
  }

  u16s(name: string): number[] {
    return asArray(this.raw(name), name).map((v, i) => Number(decodeUint(v, `${name}[${i}]`)));
  }

  u64s(name: string): bigint[] {
    return asArray(this.raw(name), name).map((v, i) => decodeUint(v, `${name}[${i}]`));
  }

  /** `null` (Rust `None`) or a u16 list */
  optionalU16s(name: string): number[] | null {
    return this.raw(name) === null ? null : this.u16s(name);
  }

  bools(name: string): boolean[] {
    return asArray(this.raw(name), name).map((v, i) => decodeBool(v, `${name}[${i}]`));
  }

  bitMatrix(name: string): boolean[][] {
    return asArray(this.raw(name), name).map((row, i) =>
      asArray(row, `${name}[${i}]`).map((v, j) => decodeBool(v, `${name}[${i}][${j}]`)),
    );
  }

  /** a list of indices, or a range `a..b` whose bounds are integers or `len` (= `length`) */
  indices(name: string, length: number): number[] {
    const raw = this.raw(name);
    if (typeof raw !== 'string')
      return asArray(raw, name).map((v, i) => Number(decodeUint(v, `${name}[${i}]`)));
    const range = /^\s*(\w+)\s*\.\.\s*(\w+)\s*$/.exec(raw);
    if (range === null) throw new MathVectorError(`argument "${name}": cannot read range "${raw}"`);
    const bound = (text: string) => (text === 'len' ? length : Number(decodeUint(text, name)));
    const start = bound(range[1] as string);
    const end = bound(range[2] as string);
    return Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
  }

  /** a mask function `a OP b` on u64 values */
  maskFn(name: string): (a: bigint, b: bigint) => boolean {
    const raw = this.raw(name);
    const match = typeof raw === 'string' ? MASK_FN.exec(raw) : null;
    if (match === null)
      throw new MathVectorError(`argument "${name}": cannot read mask function ${JSON.stringify(raw)}`);
    return COMPARATORS[match[1] as string] as (a: bigint, b: bigint) => boolean;
  }
}
