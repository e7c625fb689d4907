/**
 * The contract between the conformance runner and the suites that know one family of vectors
 * (Yuma math, Yuma epoch scenarios, economics). A suite claims the vectors it understands and runs one
 * at a time, through the same runtime functions the chain executes.
 */

/** One vector as parsed from a file: an object with at least a name. Integer strings stay strings. */
export interface Vector {
  readonly name: string;
  readonly kind?: string;
  readonly function?: string;
  readonly [key: string]: unknown;
}

export type VectorOutcome =
  | { readonly status: 'pass' }
  | { readonly status: 'fail'; readonly reason: string }
  | { readonly status: 'skip'; readonly reason: string };

export interface ConformanceSuite {
  readonly name: string;
  /** true when this suite knows how to run (or deliberately skip) the vector */
  accepts(vector: Vector): boolean;
  run(vector: Vector): VectorOutcome;
}

export const pass: VectorOutcome = { status: 'pass' };

export function fail(reason: string): VectorOutcome {
  return { status: 'fail', reason };
}

export function skip(reason: string): VectorOutcome {
  return { status: 'skip', reason };
}
