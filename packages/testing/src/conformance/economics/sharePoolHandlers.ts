/** Function-level vectors of the share pool and its SafeFloat numbers. */
import {
  SAFE_FLOAT_ZERO,
  type SafeFloat,
  safeFloatAdd,
  safeFloatDiv,
  safeFloatFromU64F64,
  safeFloatMulDiv,
  safeFloatNew,
  safeFloatSub,
  safeFloatToU64,
} from '@taonet/primitives';
import {
  injectIntoPool,
  SharePool,
  type SharePoolSemantics,
  stakeOnPool,
  unstakeFromPool,
} from '@taonet/runtime';
import type { OutputCheck } from './outputCheck.js';
import { arr, big, type Rec, rec, str, VectorShapeError } from './vectorValues.js';

export function showSafeFloat(value: SafeFloat | null): [bigint, bigint] | null {
  return value === null ? null : [value.mantissa, value.exponent];
}

function readSafeFloat(value: unknown, what: string): SafeFloat {
  const [m, e] = arr(value, what);
  return safeFloatNew(big(m, `${what}[0]`), big(e, `${what}[1]`)) ?? SAFE_FLOAT_ZERO;
}

function safeFloatOp(c: Rec, what: string): unknown {
  const operand = (key: string) => readSafeFloat(c[key], `${what}.${key}`);
  switch (str(c.op, `${what}.op`)) {
    case 'new':
      return showSafeFloat(safeFloatNew(big(c.mantissa, 'mantissa'), big(c.exponent, 'exponent')));
    case 'add':
      return showSafeFloat(safeFloatAdd(operand('a'), operand('b')));
    case 'sub':
      return showSafeFloat(safeFloatSub(operand('a'), operand('b')));
    case 'div':
      return showSafeFloat(safeFloatDiv(operand('a'), operand('b')));
    case 'mul_div':
      return showSafeFloat(safeFloatMulDiv(operand('a'), operand('b'), operand('c')));
    case 'to_u64':
      return safeFloatToU64(operand('a'));
    case 'from_u64f64':
      return showSafeFloat(safeFloatFromU64F64(big(c.bits, 'bits')));
    default:
      throw new VectorShapeError(`${what}.op: unknown SafeFloat op ${String(c.op)}`);
  }
}

/** `share_pool::SafeFloat` */
export function runSafeFloatOps(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const actual = arr(inputs.cases, 'cases').map((entry, i) =>
    safeFloatOp(rec(entry, `cases[${i}]`), `cases[${i}]`),
  );
  check.exact('results', expected.results, actual);
}

/** Applies one op (`update_one`, `update_all`, `stake`, `unstake`, `inject`); returns whether it applied. */
export function applySharePoolOp(pool: SharePool, op: readonly unknown[], what: string): boolean {
  const [name, first, second] = op;
  switch (str(name, `${what}[0]`)) {
    case 'update_one':
      pool.updateValueForOne(String(first), big(second, `${what}[2]`));
      return true;
    case 'update_all':
      pool.updateValueForAll(big(first, `${what}[1]`));
      return true;
    case 'stake':
      stakeOnPool(pool, String(first), big(second, `${what}[2]`));
      return true;
    case 'unstake':
      return unstakeFromPool(pool, String(first), big(second, `${what}[2]`));
    case 'inject':
      injectIntoPool(pool, big(first, `${what}[1]`));
      return true;
    default:
      throw new VectorShapeError(`${what}: unknown share pool op ${String(name)}`);
  }
}

/** `share_pool::SharePool` with the mock or subtensor storage semantics. */
export function runSharePool(inputs: Rec, expected: Rec, check: OutputCheck): void {
  const semantics = str(inputs.semantics, 'semantics');
  if (semantics !== 'mock' && semantics !== 'subtensor')
    throw new VectorShapeError(`unknown semantics ${semantics}`);
  const pool = new SharePool(semantics as SharePoolSemantics);
  const keys = arr(inputs.keys, 'keys').map((k) => String(k));
  const values: bigint[][] = [];
  const applied: boolean[] = [];
  arr(inputs.ops, 'ops').forEach((op, i) => {
    applied.push(applySharePoolOp(pool, arr(op, `ops[${i}]`), `ops[${i}]`));
    values.push(keys.map((key) => pool.getValue(key)));
  });
  check.exact('values_after_each_op', expected.values_after_each_op, values);
  check.exact('applied', expected.applied, applied);
  const state = pool.state();
  const shares = Object.fromEntries([...state.shares].map(([key, share]) => [key, showSafeFloat(share)]));
  const finalExpected =
    expected.final_state === undefined ? undefined : rec(expected.final_state, 'final_state');
  if (finalExpected?.shares !== undefined)
    check.sameKeys('final_state.shares', rec(finalExpected.shares, 'shares'), shares);
  check.exact('final_state', finalExpected, {
    shared_value: state.sharedValue,
    denominator: showSafeFloat(state.denominator),
    shares,
  });
}
