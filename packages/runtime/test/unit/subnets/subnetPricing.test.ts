import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I96F32, U64F64 } from '@taonet/primitives';
import { computeMedianPrice } from '../../../src/subnets/math/medianPrice.js';
import {
  NetworkImmunityPeriod,
  NetworkRegisteredAt,
  NetworksAdded,
  SubnetMovingPrice,
} from '../../../src/subnets/schema.js';
import { getMovingAlphaPrice, getNetworkToPrune } from '../../../src/subnets/subnetPricing.js';
import { SubnetMechanism } from '../../../src/swap/schema.js';
import { createSubnetChain, ROOT, subnet } from './subnetChain.js';

const p = (n: bigint, d = 1n) => U64F64.div(U64F64.fromInt(n), U64F64.fromInt(d));

describe('median subnet price', () => {
  it('is 1.0 without prices, the middle one for an odd count, the mean of the two middle ones for an even count', () => {
    assert.equal(computeMedianPrice([]), U64F64.ONE);
    assert.equal(computeMedianPrice([U64F64.ZERO]), U64F64.ONE, 'zero prices are ignored');
    assert.equal(computeMedianPrice([p(3n), p(1n), p(2n)]), p(2n));
    assert.equal(computeMedianPrice([p(4n), p(1n), p(2n), p(9n)]), p(3n));
    assert.equal(computeMedianPrice([p(1n), p(2n)]), p(3n, 2n));
  });
});

describe('network to prune', () => {
  it('takes the lowest EMA price past immunity, ties to the earliest registered; root and stable pools read 1.0', () => {
    const chain = createSubnetChain();
    const s = chain.state;
    NetworkImmunityPeriod.set(s, 100n);
    const setup: [number, bigint, number][] = [
      [1, 10n, 3],
      [2, 5n, 1],
      [3, 4n, 1],
      [4, 50n, 0], // immune at block 120
    ];
    for (const [n, registeredAt, price] of setup) {
      NetworksAdded.set(s, [subnet(n)], true);
      NetworkRegisteredAt.set(s, [subnet(n)], registeredAt);
      SubnetMechanism.set(s, [subnet(n)], 1);
      SubnetMovingPrice.set(s, [subnet(n)], I96F32.fromInt(price));
    }
    assert.equal(getNetworkToPrune(chain.ctx(), 120n), subnet(3));
    assert.equal(getNetworkToPrune(chain.ctx(), 160n), subnet(4), 'subnet 4 is no longer immune');
    assert.equal(getNetworkToPrune(chain.ctx(), 50n), undefined, 'all immune');
    assert.equal(getMovingAlphaPrice(chain.ctx(), ROOT), U64F64.ONE);
    SubnetMechanism.set(s, [subnet(1)], 0);
    assert.equal(getMovingAlphaPrice(chain.ctx(), subnet(1)), U64F64.ONE);
    SubnetMovingPrice.set(s, [subnet(2)], I96F32.fromInt(-1));
    assert.equal(getMovingAlphaPrice(chain.ctx(), subnet(2)), U64F64.ZERO);
  });
});
