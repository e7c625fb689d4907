/**
 * Dendrite nonces: Unix-epoch nanoseconds (the SDK uses `time.time_ns()`), with sub-millisecond precision
 * from the monotonic clock, strictly increasing within the process so two requests never share one, even
 * when signed in the same nanosecond or when the wall clock steps back (the nonce then runs ahead by 1 ns
 * per request until the wall clock catches up).
 */
const NS_PER_MS = 1_000_000n;
/** The precise clock is re-anchored to the wall clock when they drift apart by more than this. */
const MAX_DRIFT_NS = 2n * NS_PER_MS;

let origin = BigInt(Date.now()) * NS_PER_MS - process.hrtime.bigint();
let last = 0n;

/** The current Unix time in nanoseconds (wall clock, sub-ms precision from the monotonic clock). */
export function nowNs(): bigint {
  const wall = BigInt(Date.now()) * NS_PER_MS;
  const precise = origin + process.hrtime.bigint();
  const drift = precise - wall;
  if (drift > MAX_DRIFT_NS || drift < -MAX_DRIFT_NS) {
    origin = wall - process.hrtime.bigint();
    return wall;
  }
  return precise;
}

/** A fresh nonce: `nowNs()`, or one more than the previous nonce if that is not larger. */
export function nextNonce(): bigint {
  const now = nowNs();
  last = now > last ? now : last + 1n;
  return last;
}
