/**
 * The storage reads at the top of `epoch_mechanism` (run_epoch.rs and its loaders), applied to plain
 * inputs: each returns exactly the vector or matrix subtensor would build, whatever the shape of the
 * input (a missing entry reads as subtensor reads an absent storage value, out-of-range uids are
 * filtered as `get_weights_sparse` filters them, numbers are clamped to their storage width).
 */
import { I32F32, U16_MAX, U64_MAX } from '@taonet/primitives';
import type { StoredRow } from './epochInputs.js';
import type { SparseMatrix, SparseRow } from './math/index.js';

/** A u64 storage value: bigint or integral number, clamped to [0, u64::MAX]; anything else reads 0. */
export function toU64(value: unknown): bigint {
  let x: bigint;
  if (typeof value === 'bigint') x = value;
  // float-ok: Math.trunc of a finite number is exact (it only drops the fraction)
  else if (typeof value === 'number' && Number.isFinite(value)) x = BigInt(Math.trunc(value));
  else return 0n;
  return x < 0n ? 0n : x > U64_MAX ? U64_MAX : x;
}

/** A u16 (or smaller) storage value, clamped to [0, max]; anything else reads 0. */
export function toU16(value: unknown, max = U16_MAX): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  const x = Math.trunc(value); // float-ok: exact, drops the fraction of a finite number
  return x < 0 ? 0 : x > max ? max : x;
}

/** An i16 storage value (`AlphaSigmoidSteepness`), clamped to [-32768, 32767]. */
export function toI16(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  const x = Math.trunc(value); // float-ok: exact, drops the fraction of a finite number
  return x < -32768 ? -32768 : x > 32767 ? 32767 : x;
}

/** `SubnetworkN` (u16). */
export function getSubnetworkN(n: unknown): number {
  return toU16(n);
}

/** A u16 storage value (an integral number in [0, 65535]); what the matrix readers accept. */
export function isU16(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= U16_MAX;
}

/** A stored list as is; anything that is not an array reads as empty. */
export function listOf<T>(value: unknown): readonly T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** A per-uid u64 vector of length n (`BlockAtRegistration`, stakes): missing entries read 0. */
export function getU64Vector(values: unknown, n: number): bigint[] {
  const list = listOf<unknown>(values);
  const out = new Array<bigint>(n);
  for (let i = 0; i < n; i++) out[i] = toU64(list[i]);
  return out;
}

/** `get_last_update`: padded with 0 up to n, but NOT truncated when storage holds more entries. */
export function getLastUpdate(values: unknown, n: number): bigint[] {
  const list = listOf<unknown>(values);
  const out = new Array<bigint>(Math.max(n, list.length));
  for (let i = 0; i < out.length; i++) out[i] = toU64(list[i]);
  return out;
}

/** The stored `ValidatorPermit` as is (any length: missing entries count as "no permit" in the masks). */
export function getValidatorPermit(values: unknown): boolean[] {
  return listOf<unknown>(values).map((permit) => permit === true);
}

/** `SubnetOwnerHotkey`'s uid, or null when unset or not a registered uid. */
export function getOwnerUid(ownerUid: unknown, n: number): number | null {
  return isU16(ownerUid) && ownerUid < n ? ownerUid : null;
}

/**
 * Earliest unexpired commit block per uid (length n), `u64::MAX` = no commit: the vector
 * `epoch_mechanism` builds from `WeightCommits` / `TimelockedWeightCommits` when commit-reveal is on.
 */
export function getCommitBlocks(values: unknown, n: number): bigint[] {
  const list = listOf<unknown>(values);
  const out = new Array<bigint>(n);
  for (let i = 0; i < n; i++) {
    const block = list[i];
    out[i] = block === null || block === undefined ? U64_MAX : toU64(block);
  }
  return out;
}

/** A u16 storage value as I32F32: its integer value (`u16_to_fixed`) or its proportion of 65535. */
type U16Reading = (value: number) => I32F32;

/** Lazily filled lookup tables, so reading a matrix allocates no bigint per entry. */
function cachedReading(compute: (value: number) => I32F32): U16Reading {
  const table: (I32F32 | undefined)[] = new Array(U16_MAX + 1);
  return (value) => {
    let fixed = table[value];
    if (fixed === undefined) table[value] = fixed = compute(value);
    return fixed;
  };
}

const U16_MAX_FIXED = I32F32.fromInt(U16_MAX);
/** `u16_to_fixed`: the value itself (`x << 32`), not a proportion */
const u16ToFixed = cachedReading((value) => I32F32.fromInt(value));
/** `u16_to_fixed(x).safe_div(u16::MAX)`: the proportion of 65535, truncated */
const u16ProportionToFixed = cachedReading((value) => I32F32.safeDiv(I32F32.fromInt(value), U16_MAX_FIXED));

function readRow(row: unknown, n: number, filterColumns: boolean, read: U16Reading): SparseRow {
  const out: SparseRow = [];
  for (const entry of listOf<unknown>(row)) {
    if (!Array.isArray(entry)) continue;
    const j: unknown = entry[0];
    const value: unknown = entry[1];
    if (!isU16(j) || !isU16(value) || (filterColumns && j >= n)) continue;
    out.push([j + 0, read(value)]); // + 0: a -0 column reads as uid 0
  }
  return out;
}

/**
 * `get_weights_sparse`: n rows, row i = stored `Weights[i]` filtered to columns j < n, each u16 value
 * as the I32F32 integer value (`w << 32`, not a proportion). Storage order and zero entries are kept.
 */
export function getWeightsSparse(rows: unknown, n: number): SparseMatrix {
  const list = listOf<StoredRow>(rows);
  const out: SparseMatrix = new Array(n);
  for (let i = 0; i < n; i++) out[i] = readRow(list[i], n, true, u16ToFixed);
  return out;
}

/**
 * `unnormalized_bonds_sparse`: n rows of stored `Bonds[i]` as I32F32 integer values (original Yuma), or
 * `bonds_sparse_as_u16_proportion`: as proportions of 65535 (Yuma 3). Unlike the weights, columns are not
 * filtered by n (subtensor does not filter them either).
 */
export function getBondsSparse(rows: unknown, n: number, asProportion = false): SparseMatrix {
  const list = listOf<StoredRow>(rows);
  const read = asProportion ? u16ProportionToFixed : u16ToFixed;
  const out: SparseMatrix = new Array(n);
  for (let i = 0; i < n; i++) out[i] = readRow(list[i], n, false, read);
  return out;
}
