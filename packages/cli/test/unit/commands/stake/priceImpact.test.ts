import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeLimitPrice } from '@taonet/sdk';
import fc from 'fast-check';
import {
  computeLimit,
  crossesLimit,
  DEFAULT_TOLERANCE,
  type PoolState,
  parseTolerance,
  priceAfterBuy,
  priceAfterSell,
  readSlippage,
  relativeChange,
} from '../../../../src/commands/stake/priceImpact.js';
import type { CommandInput } from '../../../../src/program/commandSpec.js';

const input = (opts: Record<string, unknown>): CommandInput => ({
  opts,
  given: (key) => key in opts,
  args: [],
});

const pool: PoolState = {
  price: 2_000_000_000n,
  taoIn: 1_000_000_000_000n,
  alphaIn: 500_000_000_000n,
  dynamic: true,
};

describe('parseTolerance', () => {
  it('reads fractions and percentages', () => {
    assert.equal(parseTolerance('0.005'), 0.005);
    assert.equal(parseTolerance('.02'), 0.02);
    assert.equal(parseTolerance('0.5%'), 0.005);
    assert.equal(parseTolerance(' 2 % '), 0.02);
    assert.equal(parseTolerance('0'), 0);
  });
  it('refuses what is not a fraction below 1', () => {
    for (const bad of ['', 'abc', '-0.1', '1', '100%', '1.5', '0.1.2', '%', '1e-3'])
      assert.throws(() => parseTolerance(bad), { code: 'USAGE' }, bad);
  });
});

describe('readSlippage', () => {
  it('is on by default at 0.5%, fill-or-kill', () => {
    assert.deepEqual(readSlippage(input({})), { tolerance: DEFAULT_TOLERANCE, safe: true, partial: false });
  });
  it('takes --tolerance, --partial and --unsafe', () => {
    assert.deepEqual(readSlippage(input({ tolerance: '2%', partial: true })), {
      tolerance: 0.02,
      safe: true,
      partial: true,
    });
    assert.equal(readSlippage(input({ unsafe: true })).safe, false);
  });
  it('refuses contradictory flags', () => {
    assert.throws(() => readSlippage(input({ unsafe: true, tolerance: '0.01' })), { code: 'USAGE' });
    assert.throws(() => readSlippage(input({ unsafe: true, partial: true })), { code: 'USAGE' });
  });
});

describe('computeLimit', () => {
  it('is the spot price plus or minus the tolerance', () => {
    assert.equal(computeLimit(2_000_000_000n, 0.005, 'buy'), 2_010_000_000n);
    assert.equal(computeLimit(2_000_000_000n, 0.005, 'sell'), 1_990_000_000n);
    assert.equal(computeLimit(2_000_000_000n, 0, 'buy'), 2_000_000_000n);
  });
  it("equals the SDK's computeLimitPrice (what the SDK would send)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.constantFrom('buy' as const, 'sell' as const),
        (price, tolerance, side) =>
          computeLimit(price, tolerance, side) === computeLimitPrice(price, tolerance, side),
      ),
    );
  });
});

describe('price after a trade (weighted pool, fixed weights)', () => {
  it('buying raises the price by the reserve ratios', () => {
    // 10 TAO in (10 alpha... out): (1000+10)/1000 * 500/(500-5) = 1.0202...
    const after = priceAfterBuy(pool, 10_000_000_000n, 5_000_000_000n);
    assert.equal(after, (2_000_000_000n * 1_010n * 500n) / (1_000n * 495n));
    assert.ok(relativeChange(pool.price, after) > 0.02 && relativeChange(pool.price, after) < 0.021);
  });
  it('selling lowers it', () => {
    const after = priceAfterSell(pool, 5_000_000_000n, 10_000_000_000n);
    assert.equal(after, (2_000_000_000n * 990n * 500n) / (1_000n * 505n));
    assert.ok(relativeChange(pool.price, after) < 0);
  });
  it('never moves on a stable pool (root)', () => {
    const root = { ...pool, price: 1_000_000_000n, dynamic: false };
    assert.equal(priceAfterBuy(root, 10n ** 12n, 10n ** 12n), root.price);
    assert.equal(priceAfterSell(root, 10n ** 12n, 10n ** 12n), root.price);
  });
  it('a bigger trade moves the price further (monotone)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 11n }),
        fc.bigInt({ min: 1n, max: 10n ** 11n }),
        (a, b) => {
          const [small, big] = a < b ? [a, b] : [b, a];
          const out = (x: bigint) => (pool.alphaIn * x) / (pool.taoIn + x); // constant product shape
          return priceAfterBuy(pool, small, out(small)) <= priceAfterBuy(pool, big, out(big));
        },
      ),
    );
  });
});

describe('crossesLimit', () => {
  it('buying may not end above the limit, selling not below', () => {
    assert.equal(crossesLimit(101n, 100n, 'buy'), true);
    assert.equal(crossesLimit(100n, 100n, 'buy'), false);
    assert.equal(crossesLimit(99n, 100n, 'sell'), true);
    assert.equal(crossesLimit(100n, 100n, 'sell'), false);
  });
});
