import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  computeDailyEmission,
  computeHalving,
  getBlockEmission,
  getHalvingCount,
  getHalvingThreshold,
  RAO_PER_TAO,
} from '../../../../web/src/chain/economics.js';

const TAO = RAO_PER_TAO;

describe('the supply schedule', () => {
  it('has subtensor halving thresholds: 10.5M, 15.75M, 18.375M, 19.6875M TAO', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5].map(getHalvingThreshold),
      [10_500_000n, 15_750_000n, 18_375_000n, 19_687_500n, 20_343_750n].map((t) => t * TAO),
    );
  });

  it('halves the block emission at each threshold, exactly', () => {
    assert.equal(getBlockEmission(0n), TAO);
    assert.equal(getBlockEmission(10_500_000n * TAO - 1n), TAO);
    assert.equal(getBlockEmission(10_500_000n * TAO), TAO / 2n);
    assert.equal(getHalvingCount(15_750_000n * TAO), 2);
    assert.equal(getBlockEmission(21_000_000n * TAO), 0n);
  });

  it('projects the next halving from the issuance, block time and best block', () => {
    const p = computeHalving({ issuance: 10_000_000n * TAO, bestBlock: 100, blockTimeMs: 12_000, now: 0 });
    assert.equal(p.halvings, 0);
    assert.equal(p.remaining, 500_000n * TAO);
    assert.equal(p.blocksLeft, 500_000);
    assert.equal(p.block, 500_100);
    assert.equal(p.time, 500_000 * 12_000);
  });

  it('emits 7,200 TAO a day with 12-second blocks', () => {
    assert.equal(computeDailyEmission(TAO, 12_000), 7_200n * TAO);
  });
});
