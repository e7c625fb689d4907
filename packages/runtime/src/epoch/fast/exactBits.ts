/**
 * Exact I32F32 arithmetic on raw bits held in a JS number, for the epoch's fast path.
 *
 * An I32F32 value is its raw bits, an integer; a double holds every integer of magnitude below 2^53
 * exactly, i.e. every I32F32 value in (-2^21, 2^21): every proportion, stake share and u16 weight the
 * epoch handles. While operands and results stay in that range the functions below return exactly what
 * the bigint ops of `math/i32f32Ops.ts` return (saturation cannot happen there: I32F32::MAX is ~2^63, so
 * saturating and plain add / sub / mul coincide). When a result would leave the range they call
 * `leaveFastPath()`, which throws; the epoch then reruns on the bigint pipeline.
 *
 * Products and quotients are exact through Dekker's two-product: p = fl(a·b) plus the exact rounding
 * error, computed from 26/27-bit halves of the operands (Veltkamp's split), every partial product exact.
 */

/** 2^32: one in I32F32 bits */
export const TWO32 = 4294967296;
/** 2^53: the exact integers of a double are those below it in magnitude */
export const TWO53 = 9007199254740992;
/** 2^52 */
export const TWO52 = TWO53 / 2;
/** products below 2^85 have a floor(product / 2^32) below 2^53 */
export const TWO85 = TWO53 * TWO32;
/** 2^27 + 1, Veltkamp's splitter for binary64 */
const SPLITTER = 134217729;

/** The value thrown to leave the fast path (never escapes `runFastPath`). */
const EXIT: unique symbol = Symbol('leave the exact number range');

export function leaveFastPath(): never {
  throw EXIT;
}

/** `body()`, or null when it left the exact range; any other exception propagates. */
export function runFastPath<T>(body: () => T): T | null {
  try {
    return body();
  } catch (error) {
    if (error === EXIT) return null;
    throw error;
  }
}

/** x itself when it is below 2^53 in magnitude (a sum of exact integers is then exact); NaN leaves too. */
export function checked(x: number): number {
  if (!(x < TWO53 && x > -TWO53)) leaveFastPath();
  return x;
}

/** The exact error of p = fl(a·b): a·b = p + twoProductError(a, b, p) (Dekker, no fused multiply-add). */
function twoProductError(a: number, b: number, p: number): number {
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** `a * b` on I32F32 bits: floor(a·b / 2^32), exact. */
export function mulBits(a: number, b: number): number {
  const p = a * b;
  // float-ok: |p| < 2^53 means p = a·b exactly; dividing by 2^32 is exact, floor is the arithmetic shift
  if (p < TWO53 && p > -TWO53) return Math.floor(p / TWO32) + 0;
  if (!(p < TWO85 && p > -TWO85)) leaveFastPath();
  // float-ok: p = hi·2^32 + lo exactly (lo < 2^32); a·b = p + error, |error| <= 2^31 here
  const hi = Math.floor(p / TWO32);
  // float-ok: lo + error is an exact small integer; its floor / 2^32 is -1, 0 or 1
  return hi + Math.floor((p - hi * TWO32 + twoProductError(a, b, p)) / TWO32);
}

/**
 * `safe_div(a, b)` on I32F32 bits: trunc(a·2^32 / b), 0 when b is 0. The double quotient q0 = fl(x / d)
 * (x = |a|·2^32, d = |b|) is below 2^53 here, so floor(q0) is the true floor or one above it; the exact
 * residual x - q·d (two-product, the subtraction exact by Sterbenz) tells which.
 */
export function divBits(a: number, b: number): number {
  if (b === 0) return 0;
  const x = (a < 0 ? -a : a) * TWO32;
  const d = b < 0 ? -b : b;
  // float-ok: x and d are exact integers; the floor is corrected below
  let q = Math.floor(x / d);
  if (q >= TWO53) leaveFastPath();
  if (q === 0) return 0;
  const p = q * d;
  if (x - p - twoProductError(q, d, p) < 0) q -= 1;
  return a < 0 !== b < 0 ? -q : q;
}

/** floor(t / i) for 0 <= t < 2^52 and a small positive integer i, exact. */
export function floorDivSmall(t: number, i: number): number {
  // float-ok: the double quotient is the true floor or one above; q·i is exact
  const q = Math.floor(t / i);
  return q * i > t ? q - 1 : q;
}

/** An I32F32 (bigint bits) as an exact number; leaves when it is 2^53 or more in magnitude. */
export function toBits(x: bigint): number {
  if (x >= 9007199254740992n || x <= -9007199254740992n) leaveFastPath();
  // float-ok: |x| < 2^53, exact
  return Number(x);
}
