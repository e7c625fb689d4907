import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { U64F64, U96F32 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  computeEmissionShares,
  computeSubnetTaoEmission,
  type SubnetShareInput,
} from '../../../../src/coinbase/math/emissionShares.js';

const price = (x: number) => U64F64.fromF64(x);
const subnet = (p: number, burned = 0, enabled = true): SubnetShareInput => ({
  movingPrice: price(p),
  minerBurned: U96F32.fromF64(burned),
  emissionEnabled: enabled,
});
const asFloats = (shares: U64F64[]) => shares.map((s) => U64F64.toF64(s));
const near = (a: number, b: number) => Math.abs(a - b) < 1e-12;

describe('emission shares (economics.md §2.4)', () => {
  it('follow the EMA prices', () => {
    const shares = asFloats(computeEmissionShares([subnet(0.1), subnet(0.2), subnet(0.7)]));
    assert.ok(near(shares[0]!, 0.1) && near(shares[1]!, 0.2) && near(shares[2]!, 0.7), String(shares));
  });

  it("lose the owner's withheld share of miner incentive, renormalised over the others", () => {
    const shares = asFloats(computeEmissionShares([subnet(0.5, 0.5), subnet(0.5)]));
    assert.ok(near(shares[0]!, 1 / 3) && near(shares[1]!, 2 / 3), String(shares));
    const all = asFloats(computeEmissionShares([subnet(0.5, 1), subnet(0.5, 2)]));
    assert.deepEqual(all, [0.5, 0.5], 'everything burned: back to the price shares');
  });

  it('give disabled subnets nothing and renormalise the enabled ones', () => {
    const shares = asFloats(computeEmissionShares([subnet(1), subnet(1, 0, false), subnet(2)]));
    assert.ok(near(shares[0]!, 1 / 3) && shares[1] === 0 && near(shares[2]!, 2 / 3), String(shares));
  });

  it('are all zero when no subnet has a price', () => {
    assert.deepEqual(asFloats(computeEmissionShares([subnet(0), subnet(0)])), [0, 0]);
    assert.deepEqual(computeEmissionShares([]), []);
  });

  it('never hand out more than the block emission (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            p: fc.double({ min: 0, max: 10, noNaN: true }),
            b: fc.double({ min: 0, max: 1.5, noNaN: true }),
            on: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        (rows, emission) => {
          const shares = computeEmissionShares(rows.map((r) => subnet(r.p, r.b, r.on)));
          const total = shares.reduce(
            (sum, s) => sum + U96F32.toU64(computeSubnetTaoEmission(emission, s)),
            0n,
          );
          assert.ok(total <= emission, `${total} > ${emission}`);
          shares.forEach((s, i) => {
            if (rows[i]?.on === false && rows.some((r) => !r.on)) assert.equal(s, U64F64.ZERO);
          });
        },
      ),
    );
  });
});
