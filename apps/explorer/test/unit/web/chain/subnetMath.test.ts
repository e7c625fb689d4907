import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { valueAlpha } from '../../../../web/src/chain/loadAccount.js';
import { computeBlockTime } from '../../../../web/src/chain/loadOverview.js';
import { computeEmissionShares } from '../../../../web/src/chain/loadSubnets.js';
import { planBackfill } from '../../../../web/src/chain/subnetHistory.js';

const bits = (price: number) => BigInt(Math.round(price * 2 ** 32));

describe('subnet figures', () => {
  it('shares emission by moving price among the started subnets other than root', () => {
    const shares = computeEmissionShares([
      { netuid: 0, movingPriceBits: bits(1), started: true },
      { netuid: 1, movingPriceBits: bits(0.3), started: true },
      { netuid: 2, movingPriceBits: bits(0.1), started: true },
      { netuid: 3, movingPriceBits: bits(5), started: false },
    ]);
    assert.equal(shares.has(0), false);
    assert.equal(shares.has(3), false);
    assert.ok(Math.abs(shares.get(1)! - 0.75) < 1e-9);
    assert.ok(Math.abs(shares.get(2)! - 0.25) < 1e-9);
  });

  it('gives no emission share to a subnet whose TAO emission root switched off', () => {
    const dynamic = [
      { netuid: 1, movingPriceBits: bits(0.3), started: true },
      { netuid: 2, movingPriceBits: bits(0.1), started: true },
    ];
    const shares = computeEmissionShares(dynamic, new Set([2]));
    assert.equal(shares.get(1), 1);
    assert.equal(shares.has(2), false);
  });

  it('values alpha at the spot price, root stake 1:1', () => {
    assert.equal(valueAlpha(2_000_000_000n, 500_000_000n, 3), 1_000_000_000n);
    assert.equal(valueAlpha(2_000_000_000n, 500_000_000n, 0), 2_000_000_000n);
  });

  it('samples a backfill window oldest first, ending at the best block', () => {
    assert.deepEqual(planBackfill(10, 200, 40), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const plan = planBackfill(1_000, 200, 40);
    assert.equal(plan.at(-1), 1_000);
    assert.equal(plan[0], 800);
    assert.equal(plan.length, 41);
  });

  it('measures the block time from block timestamps', () => {
    const block = (number: number, timestamp: number | undefined) =>
      ({ number, timestamp }) as Parameters<typeof computeBlockTime>[0];
    assert.equal(computeBlockTime(block(20, 120_000), block(10, 0)), 12_000);
    assert.equal(computeBlockTime(block(20, undefined), block(10, 0)), undefined);
  });
});
