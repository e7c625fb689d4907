import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHotkeyLimiter } from '../../../src/index.js';

describe('hotkeyLimiter', () => {
  it('allows a burst, then the sustained rate', () => {
    let now = 0;
    const limiter = createHotkeyLimiter({ ratePerSecond: 2, burst: 3, maxConcurrent: 100 }, () => now);
    const take = () => {
      const v = limiter.acquire('a');
      if (v === 'ok') limiter.release('a');
      return v;
    };
    assert.deepEqual([take(), take(), take(), take()], ['ok', 'ok', 'ok', 'rate']);
    now += 500;
    assert.deepEqual([take(), take()], ['ok', 'rate']);
    assert.equal(limiter.check('b'), 'ok');
  });

  it('check consumes nothing (a forged hotkey cannot drain a bucket)', () => {
    const limiter = createHotkeyLimiter({ ratePerSecond: 1, burst: 1, maxConcurrent: 1 }, () => 0);
    for (let i = 0; i < 10; i++) assert.equal(limiter.check('v'), 'ok');
    assert.equal(limiter.acquire('v'), 'ok');
  });

  it('caps requests in flight per hotkey', () => {
    const limiter = createHotkeyLimiter({ ratePerSecond: 100, burst: 100, maxConcurrent: 2 }, () => 0);
    assert.deepEqual(
      [limiter.acquire('a'), limiter.acquire('a'), limiter.acquire('a')],
      ['ok', 'ok', 'concurrency'],
    );
    limiter.release('a');
    assert.equal(limiter.acquire('a'), 'ok');
  });

  it('forgets idle hotkeys as the table grows', () => {
    let now = 0;
    const limiter = createHotkeyLimiter({ ratePerSecond: 1000, burst: 1, maxConcurrent: 10 }, () => now);
    for (let i = 0; i < 25_000; i++) {
      limiter.acquire(`h${i}`);
      limiter.release(`h${i}`);
      now += 1;
    }
    assert.ok(limiter.trackedHotkeys < 20_001, String(limiter.trackedHotkeys));
  });
});
