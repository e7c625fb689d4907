import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { burnTao, mint, recycleTao, transfer, withdraw } from '../../../src/balances/currency.js';
import { BURN_ACCOUNT, CurrencyIssuance, TotalIssuance } from '../../../src/balances/schema.js';
import { getBlockEmissionForIssuance } from '../../../src/coinbase/math/blockEmission.js';
import { isDispatchError } from '../../../src/dispatch/dispatchError.js';
import { Account } from '../../../src/system/schema.js';
import { ALICE, BOB, createTestChain, freeOf, TAO } from '../swap/swapFixture.js';

function funded(amount: bigint) {
  const chain = createTestChain();
  mint(chain.ctx(), ALICE, amount);
  return chain;
}

const issuance = (chain: ReturnType<typeof createTestChain>) => ({
  currency: CurrencyIssuance.get(chain.state),
  subtensor: TotalIssuance.get(chain.state),
});

describe('issuance bookkeeping (economics.md §1.3)', () => {
  it('mint raises both counters and stops at the 21M TAO supply', () => {
    const chain = funded(10n * TAO);
    assert.deepEqual(issuance(chain), { currency: 10n * TAO, subtensor: 10n * TAO });
    CurrencyIssuance.set(chain.state, 21_000_000n * TAO - 3n * TAO);
    assert.equal(mint(chain.ctx(), BOB, 5n * TAO), 3n * TAO);
    assert.equal(freeOf(chain, BOB), 3n * TAO);
    assert.equal(mint(chain.ctx(), BOB, TAO), 0n);
    assert.equal(CurrencyIssuance.get(chain.state), 21_000_000n * TAO);
  });

  it('recycleTao removes TAO from both counters (the halving comes later)', () => {
    const chain = funded(100n * TAO);
    recycleTao(chain.ctx(), ALICE, 40n * TAO);
    assert.equal(freeOf(chain, ALICE), 60n * TAO);
    assert.deepEqual(issuance(chain), { currency: 60n * TAO, subtensor: 60n * TAO });
  });

  it('recycleTao keeps the account alive: more than free - ED fails with InsufficientBalance', () => {
    const chain = funded(TAO);
    const before = chain.state.peekChanges();
    assert.throws(
      () => recycleTao(chain.ctx(), ALICE, TAO - 499n),
      (e: unknown) => isDispatchError(e, 'InsufficientBalance') && e.pallet === 'SubtensorModule',
    );
    assert.deepEqual(chain.state.peekChanges(), before);
    recycleTao(chain.ctx(), ALICE, TAO - 500n);
    assert.equal(freeOf(chain, ALICE), 500n);
  });

  it('burnTao sends TAO to the burn account and changes neither counter', () => {
    const chain = funded(100n * TAO);
    burnTao(chain.ctx(), ALICE, 30n * TAO);
    assert.equal(freeOf(chain, ALICE), 70n * TAO);
    assert.equal(freeOf(chain, BURN_ACCOUNT), 30n * TAO);
    assert.deepEqual(issuance(chain), { currency: 100n * TAO, subtensor: 100n * TAO });
  });

  it('the burn account is PalletId(*b"burntnsr") truncated into an account id', () => {
    const bytes = Buffer.from(BURN_ACCOUNT.slice(2), 'hex');
    assert.equal(bytes.length, 32);
    assert.equal(bytes.subarray(0, 12).toString('latin1'), 'modlburntnsr');
    assert.ok(bytes.subarray(12).every((b) => b === 0));
  });

  it('recycling below a halving threshold restores the larger block emission; burning does not', () => {
    const threshold = 10_500_000n * TAO;
    const chain = createTestChain();
    TotalIssuance.set(chain.state, threshold - 5n * TAO);
    CurrencyIssuance.set(chain.state, threshold - 5n * TAO);
    mint(chain.ctx(), ALICE, 10n * TAO);
    assert.equal(TotalIssuance.get(chain.state), threshold + 5n * TAO);
    assert.equal(getBlockEmissionForIssuance(TotalIssuance.get(chain.state)), TAO / 2n);
    burnTao(chain.ctx(), ALICE, 2n * TAO);
    assert.equal(getBlockEmissionForIssuance(TotalIssuance.get(chain.state)), TAO / 2n);
    recycleTao(chain.ctx(), ALICE, 5n * TAO + 1n);
    assert.equal(TotalIssuance.get(chain.state), threshold - 1n);
    assert.equal(getBlockEmissionForIssuance(TotalIssuance.get(chain.state)), TAO);
  });
});

describe('dust reaping', () => {
  it('a transfer leaving less than the existential deposit reaps the account; the dust leaves the supply', () => {
    const chain = funded(TAO);
    transfer(chain.ctx(), ALICE, BOB, TAO - 499n, false);
    assert.equal(Account.contains(chain.state, [ALICE]), false);
    assert.equal(freeOf(chain, BOB), TAO - 499n);
    assert.deepEqual(issuance(chain), { currency: TAO - 499n, subtensor: TAO - 499n });
    const dust = chain.events.all().find((e) => e.name === 'DustLost');
    assert.deepEqual(dust?.data, { account: ALICE, amount: 499n });
  });

  it('withdraw returns the dust; keep-alive refuses to go below the existential deposit', () => {
    const chain = funded(1_000n);
    assert.throws(
      () => withdraw(chain.ctx(), ALICE, 600n, true),
      (e: unknown) => isDispatchError(e, 'Expendability'),
    );
    // the 600 withdrawn are the caller's to account for; the 400 of dust left the supply
    assert.equal(withdraw(chain.ctx(), ALICE, 600n, false), 400n);
    assert.deepEqual(issuance(chain), { currency: 600n, subtensor: 600n });
  });

  it('an account emptied exactly loses no dust', () => {
    const chain = funded(TAO);
    transfer(chain.ctx(), ALICE, BOB, TAO, false);
    assert.deepEqual(issuance(chain), { currency: TAO, subtensor: TAO });
  });

  it('a new account needs the existential deposit', () => {
    const chain = funded(TAO);
    assert.throws(
      () => transfer(chain.ctx(), ALICE, BOB, 499n, false),
      (e: unknown) => isDispatchError(e, 'ExistentialDeposit'),
    );
  });
});
