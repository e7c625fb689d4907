import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mint } from '../../../src/balances/currency.js';
import { CurrencyIssuance, FeeDestinationStorage, TotalIssuance } from '../../../src/balances/schema.js';
import {
  chargeFee,
  computeFee,
  computeWeightFee,
  DEFAULT_FEE_PARAMS,
} from '../../../src/balances/transactionFee.js';
import { isDispatchError } from '../../../src/dispatch/dispatchError.js';
import { ALICE, AUTHOR, account, createTestChain, freeOf, TAO } from '../swap/swapFixture.js';

describe('computeFee (economics.md §6.3)', () => {
  it('weight fee is Perbill(500_000) * ref_time, rounded to nearest with ties down', () => {
    assert.equal(computeWeightFee(2_000n, 500_000n), 1n);
    assert.equal(computeWeightFee(1_000n, 500_000n), 0n); // 0.5 -> 0
    assert.equal(computeWeightFee(1_001n, 500_000n), 1n); // 0.5005 -> 1
    assert.equal(computeWeightFee(3_000n, 500_000n), 1n); // 1.5 -> 1
    assert.equal(computeWeightFee(2_999n, 500_000n), 1n); // 1.4995 -> 1
    assert.equal(computeWeightFee(1_000_000_000n, 500_000n), 500_000n);
  });

  it('fee = base extrinsic weight fee + 1 rao per byte + weight fee + tip', () => {
    const base = computeWeightFee(DEFAULT_FEE_PARAMS.extrinsicBaseWeight, 500_000n);
    assert.equal(base, 62_500n);
    assert.equal(computeFee(100, 0n), base + 100n);
    assert.equal(computeFee(150, 200_000_000n), base + 150n + 100_000n);
    assert.equal(computeFee(150n, 200_000_000n, { tip: 7n }), base + 150n + 100_000n + 7n);
  });

  it('Pays::No calls pay only their tip', () => {
    assert.equal(computeFee(300, 10n ** 12n, { pays: false }), 0n);
    assert.equal(computeFee(300, 10n ** 12n, { pays: false, tip: 9n }), 9n);
  });

  it('custom parameters', () => {
    const params = { weightFeePerbill: 50_000n, lengthFeePerByte: 2n, extrinsicBaseWeight: 0n };
    assert.equal(computeFee(10, 1_000_000_000n, { params }), 20n + 50_000n);
  });
});

describe('chargeFee and FeeDestination', () => {
  function setup(destination?: 'author' | 'burn') {
    const chain = createTestChain();
    mint(chain.ctx(), ALICE, 10n * TAO);
    mint(chain.ctx(), AUTHOR, TAO);
    if (destination !== undefined) FeeDestinationStorage.set(chain.state, destination);
    return chain;
  }
  const counters = (chain: ReturnType<typeof setup>) => [
    CurrencyIssuance.get(chain.state),
    TotalIssuance.get(chain.state),
  ];

  it("defaults to 'author': the fee moves to the block author and issuance is unchanged", () => {
    const chain = setup();
    assert.equal(FeeDestinationStorage.get(chain.state), 'author');
    const outcome = chargeFee(chain.ctx(AUTHOR), ALICE, 100_000n, 5n);
    assert.deepEqual(outcome, { kind: 'author', account: AUTHOR, paid: 100_000n });
    assert.equal(freeOf(chain, ALICE), 10n * TAO - 100_000n);
    assert.equal(freeOf(chain, AUTHOR), TAO + 100_000n);
    assert.deepEqual(counters(chain), [11n * TAO, 11n * TAO]);
    const event = chain.events.all().find((e) => e.name === 'TransactionFeePaid');
    assert.deepEqual(event?.data, { who: ALICE, actualFee: 100_000n, tip: 5n });
  });

  it('without an author the fee is dropped: only the balances issuance falls', () => {
    const chain = setup('author');
    assert.equal(chargeFee(chain.ctx(), ALICE, 100_000n).kind, 'dropped');
    assert.deepEqual(counters(chain), [11n * TAO - 100_000n, 11n * TAO]);
  });

  it('an author account that cannot exist with the fee (below ED) drops it', () => {
    const chain = setup('author');
    const stranger = account(0x77);
    assert.equal(chargeFee(chain.ctx(stranger), ALICE, 499n).kind, 'dropped');
    assert.equal(freeOf(chain, stranger), 0n);
    assert.deepEqual(counters(chain), [11n * TAO - 499n, 11n * TAO]);
  });

  it("'burn': the fee leaves the supply and subtensor's TotalIssuance falls too", () => {
    const chain = setup('burn');
    assert.deepEqual(chargeFee(chain.ctx(AUTHOR), ALICE, 100_000n), { kind: 'burned', paid: 100_000n });
    assert.equal(freeOf(chain, AUTHOR), TAO);
    assert.deepEqual(counters(chain), [11n * TAO - 100_000n, 11n * TAO - 100_000n]);
  });

  it('the fee is taken keep-alive: an account that cannot pay fails with Payment and keeps its TAO', () => {
    const chain = setup();
    assert.throws(
      () => chargeFee(chain.ctx(AUTHOR), ALICE, 10n * TAO - 499n),
      (e: unknown) => isDispatchError(e, 'Payment') && e.pallet === 'TransactionPayment',
    );
    assert.equal(freeOf(chain, ALICE), 10n * TAO);
    chargeFee(chain.ctx(AUTHOR), ALICE, 10n * TAO - 500n);
    assert.equal(freeOf(chain, ALICE), 500n);
  });

  it('a zero fee charges nothing', () => {
    const chain = setup();
    assert.deepEqual(chargeFee(chain.ctx(AUTHOR), ALICE, 0n), { kind: 'dropped', paid: 0n });
    assert.equal(chain.events.all().length, 2); // the two Endowed events of the setup
  });
});
