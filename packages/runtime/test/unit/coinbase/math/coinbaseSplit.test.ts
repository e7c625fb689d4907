import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I96F32, U64F64, U96F32 } from '@taonet/primitives';
import fc from 'fast-check';
import {
  calculateDividendDistribution,
  computePendingEmission,
  computeSingleSubnetBlock,
  getSubnetTerms,
  rootProportion,
  updateMovingPrice,
} from '../../../../src/coinbase/math/index.js';

const U64_MAX = (1n << 64n) - 1n;
const amount = fc.bigInt({ min: 0n, max: 10n ** 16n });

describe('coinbase math', () => {
  it('terms: tao_in + excess = E, alpha_in never above the root-proportion cap', () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        fc.bigInt({ min: 0n, max: 10n ** 10n }),
        amount,
        fc.bigInt({ min: 0n, max: U64_MAX }),
        (e, ain, aout, priceRao, root, tw) => {
          const price = U64F64.safeDiv(U64F64.fromInt(priceRao), U64F64.fromInt(1_000_000_000n));
          const t = getSubnetTerms({
            taoEmission: U96F32.saturatingFromInt(e),
            subnetAlphaIn: ain,
            subnetAlphaOut: aout,
            price,
            rootSubnetTao: root,
            taoWeightRaw: tw,
          });
          assert.equal(U96F32.add(t.taoIn, t.excessTao), U96F32.saturatingFromInt(e));
          assert.ok(t.alphaIn <= t.alphaInjectionCap || !t.capped);
          assert.ok(t.rootProportion <= U96F32.ONE);
        },
      ),
    );
  });

  it('pending split: owner + server + validator + root never exceeds alpha_out', () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        fc.bigInt({ min: 0n, max: 65_535n }),
        fc.boolean(),
        fc.boolean(),
        (ain, aout, root, cut, enabled, sell) => {
          const p = computePendingEmission({
            alphaOut: U96F32.fromInt(1_000_000_000n),
            subnetAlphaIn: ain,
            subnetAlphaOut: aout,
            rootSubnetTao: root,
            taoWeightRaw: U64_MAX,
            subnetOwnerCut: cut,
            ownerCutEnabled: enabled,
            rootSellFlag: sell,
          });
          const total =
            p.pendingOwnerCut +
            p.pendingServerEmission +
            p.pendingValidatorEmission +
            p.pendingRootAlphaDivs +
            p.recycledRootAlpha;
          assert.ok(total <= 1_000_000_000n && total >= 1_000_000_000n - 4n);
          assert.equal(p.subnetAlphaOutAfter, aout + 1_000_000_000n - p.recycledRootAlpha);
        },
      ),
    );
  });

  it('root proportion = tw*root / (tw*root + issuance)', () => {
    assert.equal(rootProportion(1_000_000_000n, U64_MAX, 3_000_000_000n), U96F32.fromF64(0.25));
    assert.equal(rootProportion(0n, U64_MAX, 0n), U96F32.ZERO);
  });

  it('dividends: each pool is rescaled to its pending amount', () => {
    const r = calculateDividendDistribution(
      1_000_000n,
      500_000n,
      U96F32.fromF64(0.5),
      new Map([
        ['a', { alpha: 100n, root: 0n }],
        ['b', { alpha: 100n, root: 200n }],
      ]),
      new Map([
        ['a', U96F32.fromInt(10n)],
        ['b', U96F32.fromInt(10n)],
        ['c', U96F32.fromInt(10n)],
      ]),
    );
    assert.deepEqual([...r.alphaDividends.keys()], ['a', 'b']);
    assert.equal(U96F32.toU64(r.alphaDividends.get('a') ?? U96F32.ZERO), 666_666n);
    assert.equal(U96F32.toU64(r.rootAlphaDividends.get('b') ?? U96F32.ZERO), 500_000n);
  });

  it('moving price: 14 steps at alpha 0.05 from 0 towards a spot of 1.0 gives 0.51232502', () => {
    let price = I96F32.ZERO;
    for (let i = 0; i < 14; i++) {
      price = updateMovingPrice({
        block: 201_600n,
        firstEmissionBlock: 1n,
        halvingBlocks: 201_600n,
        movingAlpha: I96F32.fromF64(0.1),
        spotPrice: U64F64.fromF64(1.5),
        movingPrice: price,
      });
    }
    assert.equal(price, I96F32.fromBits(2_200_419_206n)); // spot capped at 1.0
  });

  it('single subnet block: reserves and outstanding alpha move by exactly the injected and bought amounts', () => {
    const r = computeSingleSubnetBlock({
      taoEmission: U96F32.fromInt(1_000_000_000n),
      pool: {
        taoReserve: 10n ** 14n,
        alphaReserve: 2n * 10n ** 14n,
        quoteWeight: 5n * 10n ** 17n,
        feeRate: 33n,
        minimumReserve: 1_000_000n,
      },
      subnetAlphaOut: 10n ** 13n,
      rootSubnetTao: 10n ** 15n,
      taoWeightRaw: U64_MAX / 10n,
      subnetOwnerCut: 11_796n,
      ownerCutEnabled: true,
      rootSellFlag: true,
    });
    const bought = r.chainBuy?.ok ? r.chainBuy.amountPaidOut : 0n;
    const paid = r.chainBuy?.ok ? r.chainBuy.amountPaidIn : 0n;
    assert.equal(r.subnetTaoAfter, 10n ** 14n + r.injectedTao + paid);
    assert.equal(r.subnetAlphaInAfter, 2n * 10n ** 14n + r.injectedAlpha - bought);
    assert.equal(r.subnetAlphaOutAfter, 10n ** 13n + bought + 1_000_000_000n);
    assert.equal(r.taoIn + r.excessTao <= 1_000_000_000n, true);
  });
});
