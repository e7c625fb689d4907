import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CurrencyIssuance, TotalIssuance } from '../../../src/balances/schema.js';
import { BlockEmission } from '../../../src/coinbase/schema.js';
import { getBlockEmission, spendTao } from '../../../src/coinbase/taoCredit.js';
import { account, createCoinbaseChain, issuanceGap, TAO } from './coinbaseChain.js';

describe('block emission credit (economics.md §1.2-1.3)', () => {
  it('halves with the TAO issued, not with the block number', () => {
    const chain = createCoinbaseChain();
    const at = (issued: bigint) => {
      TotalIssuance.set(chain.state, issued);
      CurrencyIssuance.set(chain.state, issued);
      return getBlockEmission(chain.ctx()).remaining;
    };
    assert.equal(at(0n), TAO);
    assert.equal(at(10_499_999n * TAO), TAO);
    assert.equal(at(10_500_000n * TAO), TAO / 2n);
    assert.equal(BlockEmission.get(chain.state), TAO / 2n, 'BlockEmission follows');
    assert.equal(at(15_750_000n * TAO), TAO / 4n);
    assert.equal(at(18_375_000n * TAO), TAO / 8n);
    assert.equal(at(21_000_000n * TAO), 0n);
  });

  it('is capped by the room left under 21M TAO', () => {
    const chain = createCoinbaseChain();
    TotalIssuance.set(chain.state, 0n);
    CurrencyIssuance.set(chain.state, 21_000_000n * TAO - 123n);
    assert.equal(getBlockEmission(chain.ctx()).remaining, 123n);
  });

  it('mints only what is spent into accounts; a new account needs the existential deposit', () => {
    const chain = createCoinbaseChain();
    const credit = { remaining: TAO };
    assert.equal(spendTao(chain.ctx(), credit, account(7), 499n), false, 'below the existential deposit');
    assert.equal(spendTao(chain.ctx(), credit, account(7), 2n * TAO), false, 'more than the credit');
    assert.equal(spendTao(chain.ctx(), credit, account(7), 600n), true);
    assert.equal(spendTao(chain.ctx(), credit, account(7), 1n), true, 'an existing account takes any amount');
    assert.equal(credit.remaining, TAO - 601n);
    assert.equal(chain.free(account(7)), 601n);
    assert.equal(TotalIssuance.get(chain.state), 601n);
    assert.deepEqual(issuanceGap(chain), { currency: 0n, subtensor: 0n });
  });
});
