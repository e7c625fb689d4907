/**
 * Reading epoch-scenario fields: integers arrive as JSON numbers or, above 2^53-1, decimal strings; a
 * malformed field throws a `ScenarioShapeError` naming where it was found.
 */

export type Rec = Readonly<Record<string, unknown>>;

export class ScenarioShapeError extends Error {}

export function rec(value: unknown, what: string): Rec {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ScenarioShapeError(`${what}: expected an object, got ${JSON.stringify(value)}`);
  }
  return value as Rec;
}

export function list(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value))
    throw new ScenarioShapeError(`${what}: expected a list, got ${JSON.stringify(value)}`);
  return value;
}

/** An integer of any width: number or decimal string. */
export function big(value: unknown, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return BigInt(value.trim());
  throw new ScenarioShapeError(`${what}: expected an integer, got ${JSON.stringify(value)}`);
}

/** A small integer (uid, u16, i16). */
export function int(value: unknown, what: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) {
    const parsed = Number(value.trim());
    if (Number.isSafeInteger(parsed)) return parsed;
  }
  throw new ScenarioShapeError(`${what}: expected a small integer, got ${JSON.stringify(value)}`);
}

export function bool(value: unknown, what: string): boolean {
  if (typeof value === 'boolean') return value;
  throw new ScenarioShapeError(`${what}: expected a boolean, got ${JSON.stringify(value)}`);
}

export function bigList(value: unknown, what: string): bigint[] {
  return list(value, what).map((x, i) => big(x, `${what}[${i}]`));
}

export function intList(value: unknown, what: string): number[] {
  return list(value, what).map((x, i) => int(x, `${what}[${i}]`));
}

export function boolList(value: unknown, what: string): boolean[] {
  return list(value, what).map((x, i) => bool(x, `${what}[${i}]`));
}

/** Stored rows of `[uid, u16]` cells. */
export function rowList(value: unknown, what: string): [number, number][][] {
  return list(value, what).map((row, i) =>
    list(row, `${what}[${i}]`).map((cell, k) => {
      const pair = list(cell, `${what}[${i}][${k}]`);
      if (pair.length !== 2) throw new ScenarioShapeError(`${what}[${i}][${k}]: expected [uid, value]`);
      return [int(pair[0], `${what}[${i}][${k}][0]`), int(pair[1], `${what}[${i}][${k}][1]`)];
    }),
  );
}

/** `{uid: value}` patch entries in uid order (JSON object keys are decimal strings). */
export function uidEntries(value: unknown, what: string): [number, unknown][] {
  // deterministic: sorted by uid below
  return Object.entries(rec(value, what))
    .map(([key, x]): [number, unknown] => [int(key, `${what} key`), x])
    .sort((a, b) => a[0] - b[0]);
}
