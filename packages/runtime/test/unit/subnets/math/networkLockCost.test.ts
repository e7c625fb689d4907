import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { U64F64 } from '@taonet/primitives';
import {
  computeNewSubnetPool,
  getLockReductionInterval,
  getNetworkLockCost,
} from '../../../../src/subnets/math/index.js';

const TAO = 1_000_000_000n;

describe('subnet lock cost', () => {
  it('doubles the last lock at registration and decays linearly back to the minimum', () => {
    const state = {
      lastLockCost: 1250n * TAO,
      minLockCost: 100n * TAO,
      lastLockBlock: 10n,
      lockReductionInterval: 2n,
    };
    const interval = getLockReductionInterval(2n, TAO);
    assert.equal(getNetworkLockCost(state, 10n, interval), 2500n * TAO);
    assert.equal(getNetworkLockCost(state, 11n, interval), 1875n * TAO);
    assert.equal(getNetworkLockCost(state, 1000n, interval), 100n * TAO);
    // a last-lock block in the future saturates the elapsed time to 0
    assert.equal(getNetworkLockCost(state, 5n, interval), 2500n * TAO);
  });

  it('uses multiplier 1 before the first registration', () => {
    const state = {
      lastLockCost: 1000n * TAO,
      minLockCost: TAO,
      lastLockBlock: 0n,
      lockReductionInterval: 100_800n,
    };
    assert.equal(getNetworkLockCost(state, 0n, 100_800n), 1000n * TAO);
  });

  it('shortens the reduction interval with halvings', () => {
    assert.equal(getLockReductionInterval(129_050n, 250_000_000n), 32_262n);
    assert.equal(getLockReductionInterval(57_600n, TAO), 57_600n);
  });

  it('seeds the new pool with max(lock, min) TAO and TAO / median price alpha', () => {
    assert.deepEqual(computeNewSubnetPool(1000n, 10n, U64F64.ONE), {
      subnetTao: 1000n,
      subnetAlphaIn: 1000n,
    });
    assert.deepEqual(computeNewSubnetPool(5n, 10n, U64F64.fromInt(2)), { subnetTao: 10n, subnetAlphaIn: 5n });
  });
});
