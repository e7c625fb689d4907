/**
 * Per-hotkey request limits of an axon: a token bucket (sustained rate and burst) and a cap on requests in
 * flight. `check` is free and consumes nothing (it runs before the signature is verified, so a forged hotkey
 * cannot drain a real validator's bucket); `acquire` runs after verification and takes a token and a slot.
 * Idle hotkeys (full bucket, nothing in flight) are forgotten when the table grows, so memory stays bounded.
 */
export interface HotkeyLimits {
  /** Sustained requests per second per hotkey. */
  ratePerSecond: number;
  /** Requests a hotkey may send at once after being idle. */
  burst: number;
  /** Requests of one hotkey being served at the same time. */
  maxConcurrent: number;
}

export type LimitVerdict = 'ok' | 'rate' | 'concurrency';

interface Bucket {
  tokens: number;
  updatedMs: number;
  inFlight: number;
}

export interface HotkeyLimiter {
  check(hotkey: string): LimitVerdict;
  /** Takes a token and a slot, or returns the limit hit (nothing taken). */
  acquire(hotkey: string): LimitVerdict;
  release(hotkey: string): void;
  readonly trackedHotkeys: number;
}

const SWEEP_AT = 10_000;

export function createHotkeyLimiter(
  limits: HotkeyLimits,
  nowMs: () => number = () => performance.now(),
): HotkeyLimiter {
  const buckets = new Map<string, Bucket>();
  let sweepAt = SWEEP_AT;

  function refill(bucket: Bucket, now: number): void {
    const elapsed = Math.max(0, now - bucket.updatedMs);
    bucket.tokens = Math.min(limits.burst, bucket.tokens + (elapsed / 1000) * limits.ratePerSecond);
    bucket.updatedMs = now;
  }

  function sweep(now: number): void {
    for (const [hotkey, bucket] of buckets) {
      refill(bucket, now);
      if (bucket.inFlight === 0 && bucket.tokens >= limits.burst) buckets.delete(hotkey);
    }
    sweepAt = Math.max(SWEEP_AT, buckets.size * 2);
  }

  function verdict(bucket: Bucket | undefined, now: number): LimitVerdict {
    if (bucket === undefined) return 'ok';
    refill(bucket, now);
    if (bucket.inFlight >= limits.maxConcurrent) return 'concurrency';
    return bucket.tokens >= 1 ? 'ok' : 'rate';
  }

  return {
    check: (hotkey) => verdict(buckets.get(hotkey), nowMs()),
    acquire(hotkey) {
      const now = nowMs();
      let bucket = buckets.get(hotkey);
      const result = verdict(bucket, now);
      if (result !== 'ok') return result;
      if (bucket === undefined) {
        if (buckets.size >= sweepAt) sweep(now);
        bucket = { tokens: limits.burst, updatedMs: now, inFlight: 0 };
        buckets.set(hotkey, bucket);
      }
      bucket.tokens -= 1;
      bucket.inFlight += 1;
      return 'ok';
    },
    release(hotkey) {
      const bucket = buckets.get(hotkey);
      if (bucket !== undefined && bucket.inFlight > 0) bucket.inFlight -= 1;
    },
    get trackedHotkeys() {
      return buckets.size;
    },
  };
}
