/**
 * Properties of the pools under random trading, with the TAO really moving between accounts the way
 * staking moves it (coldkey -> subnet account -> pool; fees to the author or burned; refunds back):
 * no TAO or alpha is created or lost, and every trade moves the price in its own direction.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, U64F64 } from '@taonet/primitives';
import fc from 'fast-check';
import { transfer } from '../../../src/balances/currency.js';
import { BURN_ACCOUNT, CurrencyIssuance } from '../../../src/balances/schema.js';
import { TotalStake } from '../../../src/staking/schema.js';
import { MAX_PRICE_RAO, MIN_PRICE_RAO } from '../../../src/swap/math/doSwap.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO } from '../../../src/swap/schema.js';
import { Account } from '../../../src/system/schema.js';
import {
  ALICE,
  AUTHOR,
  BOB,
  createTestChain,
  endow,
  freeOf,
  NETUID,
  SUBNET_ACCOUNT,
  seedPool,
  TAO,
  type TestChain,
} from './swapFixture.js';

const ED = 500n;
/** the swap errors a trade may end with; the extrinsic is then reverted */
const EXPECTED_SWAP_ERRORS = ['PriceLimitExceeded', 'ReservesTooLow', 'SwapInputTooLarge'];
const USERS = [ALICE, BOB];

type Trade = {
  readonly buy: boolean;
  readonly user: 0 | 1;
  /** share of the user's TAO (buys) or alpha (sells) to trade, in parts per 1000 */
  readonly share: number;
  /** a limit price in rao per alpha, or null for no limit */
  readonly limitRao: bigint | null;
  readonly dropFees: boolean;
};

const trade = fc.record({
  buy: fc.boolean(),
  user: fc.constantFrom<0 | 1>(0, 1),
  share: fc.integer({ min: 1, max: 1000 }),
  limitRao: fc.option(fc.bigInt({ min: 10n ** 7n, max: 10n ** 11n }), { nil: null }),
  dropFees: fc.boolean(),
});

const scenario = fc.record({
  taoReserve: fc.bigInt({ min: 10n * TAO, max: 100_000n * TAO }),
  alphaReserve: fc.bigInt({ min: 10n * TAO, max: 100_000n * TAO }),
  feeRate: fc.constantFrom(0, 33, 655, 10_000),
  withAuthor: fc.boolean(),
  trades: fc.array(trade, { minLength: 1, maxLength: 12 }),
});

interface Ledger {
  readonly alphaOf: bigint[];
  /** alpha fees burned (no author) or left unsold: still outstanding, owned by nobody */
  unownedAlpha: bigint;
  /** TAO fees on buys: subtensor counts them in TotalStake though they leave the pool */
  buyFees: bigint;
}

function setup(s: ScenarioValue): { chain: TestChain; ledger: Ledger } {
  const chain = createTestChain();
  seedPool(chain, NETUID, s.taoReserve, s.alphaReserve, s.feeRate);
  endow(chain, SUBNET_ACCOUNT, s.taoReserve + ED);
  for (const user of USERS) endow(chain, user, 50_000n * TAO);
  endow(chain, AUTHOR, ED);
  endow(chain, BURN_ACCOUNT, ED);
  return { chain, ledger: { alphaOf: [0n, 0n], unownedAlpha: 0n, buyFees: 0n } };
}

type ScenarioValue = {
  taoReserve: bigint;
  alphaReserve: bigint;
  feeRate: number;
  withAuthor: boolean;
  trades: Trade[];
};

/** `stake_into_subnet` / `unstake_from_subnet` reduced to their TAO and alpha movements. */
function applyTrade(chain: TestChain, ledger: Ledger, t: Trade, author: AccountId | undefined): void {
  const ctx = chain.ctx(author);
  const user = USERS[t.user]!;
  if (t.buy) {
    const tao = ((freeOf(chain, user) - ED) * BigInt(t.share)) / 1000n;
    if (tao === 0n) return;
    transfer(ctx, user, SUBNET_ACCOUNT, tao, true);
    const r = chain.api.swapTaoForAlpha(ctx, NETUID, tao, t.limitRao ?? MAX_PRICE_RAO, t.dropFees);
    chain.api.payTaoFee(ctx, SUBNET_ACCOUNT, r.feeToBlockAuthor);
    if (r.refund > 0n) transfer(ctx, SUBNET_ACCOUNT, user, r.refund, false);
    ledger.alphaOf[t.user]! += r.amountPaidOut;
    ledger.buyFees += r.feePaid;
  } else {
    const alpha = (ledger.alphaOf[t.user]! * BigInt(t.share)) / 1000n;
    if (alpha === 0n) return;
    const r = chain.api.swapAlphaForTao(ctx, NETUID, alpha, t.limitRao ?? MIN_PRICE_RAO, t.dropFees);
    ledger.alphaOf[t.user]! -= alpha - r.refund;
    if (r.amountPaidOut > 0n) transfer(ctx, SUBNET_ACCOUNT, user, r.amountPaidOut, false);
    const settled = chain.api.payAlphaFee(ctx, NETUID, SUBNET_ACCOUNT, r.feeToBlockAuthor);
    ledger.unownedAlpha += r.feeToBlockAuthor - settled.alphaSold;
  }
}

/** Run a trade as an extrinsic would: expected swap errors revert it. */
function tryTrade(chain: TestChain, ledger: Ledger, t: Trade, author: AccountId | undefined): void {
  const saved = { alphaOf: [...ledger.alphaOf], unownedAlpha: ledger.unownedAlpha, buyFees: ledger.buyFees };
  try {
    chain.state.transaction(() => applyTrade(chain, ledger, t, author));
  } catch (error) {
    const name = (error as { error?: string }).error;
    assert.ok(EXPECTED_SWAP_ERRORS.includes(name ?? ''), String(error));
    ledger.alphaOf.splice(0, 2, ...saved.alphaOf);
    ledger.unownedAlpha = saved.unownedAlpha;
    ledger.buyFees = saved.buyFees;
  }
}

function sumOfBalances(chain: TestChain): bigint {
  let total = 0n;
  for (const [, info] of Account.entries(chain.state)) total += info.data.free;
  return total;
}

describe('swap properties (fast-check)', () => {
  it('no TAO or alpha is created or lost across random buys and sells', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { chain, ledger } = setup(s);
        const issuance = CurrencyIssuance.get(chain.state);
        const alphaIssuance = s.alphaReserve;
        const subnetBuffer = freeOf(chain, SUBNET_ACCOUNT) - SubnetTAO.get(chain.state, [NETUID]);
        for (const t of s.trades) tryTrade(chain, ledger, t, s.withAuthor ? AUTHOR : undefined);

        const alphaIn = SubnetAlphaIn.get(chain.state, [NETUID]);
        const alphaOut = SubnetAlphaOut.get(chain.state, [NETUID]);
        const subnetTao = SubnetTAO.get(chain.state, [NETUID]);
        // alpha: the reserve plus what is outstanding never changes; outstanding = held + unowned fees
        assert.equal(alphaIn + alphaOut, alphaIssuance);
        assert.equal(alphaOut, ledger.alphaOf[0]! + ledger.alphaOf[1]! + ledger.unownedAlpha);
        // TAO: every rao is on some account, and the pool's TAO is on the subnet account
        assert.equal(sumOfBalances(chain), CurrencyIssuance.get(chain.state));
        assert.equal(CurrencyIssuance.get(chain.state), issuance);
        assert.equal(freeOf(chain, SUBNET_ACCOUNT) - subnetTao, subnetBuffer);
        assert.equal(TotalStake.get(chain.state) - subnetTao, ledger.buyFees);
      }),
      { numRuns: 150 },
    );
  });

  it('a buy never lowers the price and a sell never raises it; simulation predicts and writes nothing', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { chain, ledger } = setup(s);
        const author = s.withAuthor ? AUTHOR : undefined;
        chain.api.maybeInitializePool(chain.ctx(), NETUID);
        for (const t of s.trades) {
          const before = chain.api.currentAlphaPrice(chain.ctx(), NETUID);
          const changes = chain.state.peekChanges();
          try {
            if (t.buy) chain.api.simSwapTaoForAlpha(chain.ctx(), NETUID, TAO);
            else chain.api.simSwapAlphaForTao(chain.ctx(), NETUID, TAO);
          } catch (error) {
            // a simulation may refuse as the swap would (e.g. ReservesTooLow near the minimum reserve)
            assert.ok(
              EXPECTED_SWAP_ERRORS.includes((error as { error?: string }).error ?? ''),
              String(error),
            );
          }
          assert.deepEqual(chain.state.peekChanges(), changes);
          tryTrade(chain, ledger, t, author);
          const after = chain.api.currentAlphaPrice(chain.ctx(), NETUID);
          if (t.buy) assert.ok(after >= before, `buy: ${U64F64.format(before)} -> ${U64F64.format(after)}`);
          else assert.ok(after <= before, `sell: ${U64F64.format(before)} -> ${U64F64.format(after)}`);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a swap with no limit and fees on is exactly what simSwap predicted', () => {
    fc.assert(
      fc.property(scenario, fc.bigInt({ min: 1n, max: 1_000n * TAO }), fc.boolean(), (s, amount, buy) => {
        const { chain } = setup(s);
        const ctx = chain.ctx();
        const simulate = () =>
          buy
            ? chain.api.simSwapTaoForAlpha(ctx, NETUID, amount)
            : chain.api.simSwapAlphaForTao(ctx, NETUID, amount);
        let predicted: ReturnType<typeof simulate>;
        try {
          predicted = simulate();
        } catch {
          return;
        }
        const actual = buy
          ? chain.api.swapTaoForAlpha(ctx, NETUID, amount, MAX_PRICE_RAO, false)
          : chain.api.swapAlphaForTao(ctx, NETUID, amount, MIN_PRICE_RAO, false);
        assert.deepEqual(actual, predicted);
      }),
      { numRuns: 100 },
    );
  });
});
