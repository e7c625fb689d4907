/**
 * Decoding of math-vector values by their `types` / `expected_type` (yuma.md §3.2, vectors README):
 * `f32` = the literal rounded to binary32 then converted (subtensor's `fixed(f32)`), `f64` = `from_num(f64)`
 * (nearest, ties to even; the vectors' f64 values are dyadic, so exact), `int`/`u16`/`u64`/`I64F64_int` =
 * `from_num(integer)`, `I64F64_f64` = I64F64 `from_num(f64)`, `I32F32_bits`/`I64F64_bits` = raw bits (a JSON
 * number or a decimal string). Strings `I32F32::MAX`/`MIN` name those constants; other strings are
 * expressions (mathExpr). Conversions saturate, like `saturating_from_num`.
 */
import { I32F32, I64F64 } from '@taonet/primitives';
import { type ExprContext, evaluateExpression } from './mathExpr.js';
import { MathVectorError } from './mathVectorError.js';

/** The fixed-point types a math vector's values decode to. */
export type FixedTarget = typeof I32F32 | typeof I64F64;

const INTEGER_TYPES = new Set(['int', 'u16', 'u32', 'u64', 'i16', 'i32', 'i64', 'usize', 'I64F64_int']);
const FLOAT_TYPES = new Set(['f64', 'I64F64_f64']);
const CONSTANT = /^(I32F32|I64F64)::(MAX|MIN)$/;

function sourceOf(name: string): FixedTarget {
  return name === 'I64F64' ? I64F64 : I32F32;
}

function fromBitsOf(target: FixedTarget, bits: bigint, type: string): bigint {
  const source = sourceOf(type.slice(0, 6));
  return target.saturatingFromFixed(source, bits);
}

function fromNumber(value: number, type: string | undefined, target: FixedTarget): bigint {
  if (type === 'f32') return target.saturatingFromF64(Math.fround(value)); // float-ok: binary32 literal
  if (type !== undefined && FLOAT_TYPES.has(type)) return target.saturatingFromF64(value);
  if (type === 'I32F32_bits' || type === 'I64F64_bits') return fromBitsOf(target, BigInt(value), type);
  if (type === undefined || INTEGER_TYPES.has(type)) {
    return Number.isInteger(value) ? target.saturatingFromInt(value) : target.saturatingFromF64(value);
  }
  throw new MathVectorError(`unknown value type "${type}"`);
}

/** One scalar, decoded into `target` bits. */
export function decodeFixed(
  raw: unknown,
  type: string | undefined,
  target: FixedTarget,
  ctx: ExprContext,
): bigint {
  if (typeof raw === 'number') return fromNumber(raw, type, target);
  if (typeof raw !== 'string') throw new MathVectorError(`expected a number, got ${JSON.stringify(raw)}`);
  const constant = CONSTANT.exec(raw.trim());
  if (constant !== null) {
    const source = sourceOf(constant[1] as string);
    return target.saturatingFromFixed(source, constant[2] === 'MAX' ? source.MAX : source.MIN);
  }
  if (/^-?\d+$/.test(raw.trim())) {
    const integer = BigInt(raw.trim());
    if (type === 'I32F32_bits' || type === 'I64F64_bits') return fromBitsOf(target, integer, type);
    return target.saturatingFromInt(integer);
  }
  const value = evaluateExpression(raw, ctx);
  if (Array.isArray(value)) throw new MathVectorError(`"${raw}" is a list where a scalar is expected`);
  return target.saturatingFromFixed(I32F32, value);
}

/** A plain unsigned integer (u16/u64 counts and storage values; decimal strings allowed). */
export function decodeUint(raw: unknown, what: string): bigint {
  if (typeof raw === 'number' && Number.isInteger(raw)) return BigInt(raw);
  if (typeof raw === 'string' && /^\d+$/.test(raw.trim())) return BigInt(raw.trim());
  throw new MathVectorError(`${what}: expected an unsigned integer, got ${JSON.stringify(raw)}`);
}

export function decodeBool(raw: unknown, what: string): boolean {
  if (typeof raw !== 'boolean')
    throw new MathVectorError(`${what}: expected a boolean, got ${JSON.stringify(raw)}`);
  return raw;
}

export function asArray(raw: unknown, what: string): unknown[] {
  if (!Array.isArray(raw)) throw new MathVectorError(`${what}: expected a list, got ${JSON.stringify(raw)}`);
  return raw;
}
