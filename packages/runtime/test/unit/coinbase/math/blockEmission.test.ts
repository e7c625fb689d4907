import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  findHalvingThreshold,
  getBlockEmissionForIssuance,
  getHalvingLevel,
  TOTAL_SUPPLY,
} from '../../../../src/coinbase/math/index.js';

const TAO = 1_000_000_000n;

describe('getBlockEmissionForIssuance (halving by issuance)', () => {
  it('halves at 10.5M, 15.75M, 18.375M, 19.6875M, 20.34375M TAO issued', () => {
    const thresholds = [10_500_000n, 15_750_000n, 18_375_000n, 19_687_500n, 20_343_750n].map((t) => t * TAO);
    let emission = 1_000_000_000n;
    thresholds.forEach((threshold, k) => {
      assert.equal(getBlockEmissionForIssuance(threshold - 1n), emission, `just below halving ${k + 1}`);
      emission /= 2n;
      assert.equal(getBlockEmissionForIssuance(threshold), emission, `at halving ${k + 1}`);
      assert.equal(findHalvingThreshold(BigInt(k + 1)), threshold);
    });
  });

  it('floors 1e9 / 2^k (976_562 at k = 10) and reaches 0 at k = 30', () => {
    assert.equal(getBlockEmissionForIssuance(20_979_492_187_500_000n), 976_562n);
    assert.equal(findHalvingThreshold(30n), 20_999_999_980_442_226n);
    assert.equal(getBlockEmissionForIssuance(20_999_999_980_442_226n), 0n);
    assert.equal(getBlockEmissionForIssuance(20_999_999_980_442_225n), 1n);
  });

  it('is 0 at and above the total supply', () => {
    assert.equal(getBlockEmissionForIssuance(TOTAL_SUPPLY), 0n);
    assert.equal(getBlockEmissionForIssuance(TOTAL_SUPPLY * 2n), 0n);
    assert.equal(getHalvingLevel(TOTAL_SUPPLY), null);
  });

  it('never increases with issuance and is always 1e9 / 2^k', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: TOTAL_SUPPLY }),
        fc.bigInt({ min: 0n, max: TOTAL_SUPPLY }),
        (a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          assert.ok(getBlockEmissionForIssuance(lo) >= getBlockEmissionForIssuance(hi));
          const k = getHalvingLevel(lo);
          if (k !== null) assert.equal(getBlockEmissionForIssuance(lo), 1_000_000_000n >> k);
        },
      ),
    );
  });
});
