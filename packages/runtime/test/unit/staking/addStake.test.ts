import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Delegates, StakingHotkeys } from '../../../src/staking/schema.js';
import { getSubnetAccountId } from '../../../src/subnets/subnetAccount.js';
import { MAX_PRICE_RAO } from '../../../src/swap/math/doSwap.js';
import { FeeRate, SubnetAlphaIn, SubnetAlphaOut, SubnetTAO } from '../../../src/swap/schema.js';
import {
  AUTHOR,
  account,
  coldkey,
  createStakingChain,
  expectFailure,
  expectSuccess,
  hotkey,
  ROOT,
  type StakingChain,
  subnet,
  TAO,
} from './stakingChain.js';

const OWNER = coldkey(1);
const OWNER_HOT = hotkey(1);
const STAKER = coldkey(2);

function setup(): { chain: StakingChain; netuid: ReturnType<typeof subnet> } {
  const chain = createStakingChain();
  chain.endow(OWNER, 10_000n * TAO);
  chain.endow(STAKER, 1_000n * TAO);
  const netuid = chain.openSubnet(OWNER, OWNER_HOT);
  return { chain, netuid };
}

const fee = (amount: bigint) => (amount * 33n) / 65_535n;

describe('add_stake [2]', () => {
  it('the worked example: 1000 TAO into a 1000 TAO / 500 alpha pool at fee 0 buys exactly 250 alpha', () => {
    const { chain, netuid } = setup();
    SubnetTAO.set(chain.state, [netuid], 1_000n * TAO);
    SubnetAlphaIn.set(chain.state, [netuid], 500n * TAO);
    FeeRate.set(chain.state, [netuid], 0);
    chain.endow(STAKER, 1n * TAO);
    expectSuccess(chain, STAKER, 'add_stake', { hotkey: OWNER_HOT, netuid, amount_staked: 1_000n * TAO });
    assert.equal(chain.stake(OWNER_HOT, STAKER, netuid), 250n * TAO);
    assert.equal(SubnetTAO.get(chain.state, [netuid]), 2_000n * TAO);
    assert.equal(SubnetAlphaIn.get(chain.state, [netuid]), 250n * TAO);
    assert.equal(SubnetAlphaOut.get(chain.state, [netuid]), 250n * TAO);
    assert.equal(chain.free(STAKER), 1n * TAO);
  });

  it('moves the TAO to the subnet account, pays the fee to the author and credits the alpha', () => {
    const { chain, netuid } = setup();
    const account = getSubnetAccountId(netuid);
    const before = chain.free(account);
    const taoBefore = SubnetTAO.get(chain.state, [netuid]);
    expectSuccess(chain, STAKER, 'add_stake', { hotkey: OWNER_HOT, netuid, amount_staked: 10n * TAO });
    const paid = fee(10n * TAO);
    assert.equal(chain.free(STAKER), 990n * TAO);
    assert.equal(chain.free(AUTHOR), paid);
    assert.equal(chain.free(account) - before, 10n * TAO - paid);
    assert.equal(SubnetTAO.get(chain.state, [netuid]) - taoBefore, 10n * TAO - paid);
    const alpha = chain.stake(OWNER_HOT, STAKER, netuid);
    // 1000 TAO / 1000 alpha pool: 1000 * in / (1000 + in)
    const paidIn = 10n * TAO - paid;
    assert.equal(alpha, (1_000n * TAO * paidIn) / (1_000n * TAO + paidIn));
    assert.deepEqual(StakingHotkeys.get(chain.state, [STAKER]), [OWNER_HOT]);
    const [event] = chain.eventsNamed('StakeAdded');
    assert.deepEqual(event?.data, {
      coldkey: STAKER,
      hotkey: OWNER_HOT,
      tao: 10n * TAO,
      alpha,
      netuid,
      fee: paid,
    });
  });

  it('keeps the existential deposit of the coldkey', () => {
    const { chain, netuid } = setup();
    expectSuccess(chain, STAKER, 'add_stake', { hotkey: OWNER_HOT, netuid, amount_staked: 1_000n * TAO });
    assert.equal(chain.free(STAKER), 500n);
    assert.equal(chain.eventsNamed('StakeAdded')[0]?.data.tao, 1_000n * TAO - 500n);
  });

  it('stakes 1:1 without a fee on root', () => {
    const { chain } = setup();
    expectSuccess(chain, STAKER, 'add_stake', { hotkey: OWNER_HOT, netuid: ROOT, amount_staked: 5n * TAO });
    assert.equal(chain.stake(OWNER_HOT, STAKER, ROOT), 5n * TAO);
    assert.equal(chain.free(AUTHOR), 0n);
  });

  it('fails with subtensor errors and changes nothing', () => {
    const { chain, netuid } = setup();
    const args = (over: object) => ({ hotkey: OWNER_HOT, netuid, amount_staked: 10n * TAO, ...over });
    assert.equal(expectFailure(chain, STAKER, 'add_stake', args({ netuid: subnet(9) })), 'SubtokenDisabled');
    assert.equal(
      expectFailure(chain, STAKER, 'add_stake', args({ amount_staked: 2_000_000n })),
      'AmountTooLow',
    );
    const balance = 2_000n * TAO;
    assert.equal(
      expectFailure(chain, STAKER, 'add_stake', args({ amount_staked: balance })),
      'NotEnoughBalanceToStake',
    );
    assert.equal(
      expectFailure(chain, STAKER, 'add_stake', args({ hotkey: account(0xdead) })),
      'HotKeyAccountNotExists',
    );
    chain.endow(STAKER, 2_000_000n * TAO);
    assert.equal(
      expectFailure(chain, STAKER, 'add_stake', args({ amount_staked: 1_001_000n * TAO })),
      'InsufficientLiquidity',
    );
    assert.equal(expectFailure(chain, { kind: 'root' }, 'add_stake', args({})), 'BadOrigin');
  });

  it('is closed before start_call', () => {
    const chain = createStakingChain();
    chain.endow(OWNER, 10_000n * TAO);
    chain.endow(STAKER, 100n * TAO);
    expectSuccess(chain, OWNER, 'register_network', { hotkey: OWNER_HOT });
    const args = { hotkey: OWNER_HOT, netuid: subnet(1), amount_staked: TAO };
    assert.equal(expectFailure(chain, STAKER, 'add_stake', args), 'SubtokenDisabled');
  });
});

describe('add_stake_limit [88]', () => {
  const price = (chain: StakingChain, netuid: ReturnType<typeof subnet>) =>
    (SubnetTAO.get(chain.state, [netuid]) * TAO) / SubnetAlphaIn.get(chain.state, [netuid]);

  it('is fill-or-kill without allow_partial, and makes the hotkey a delegate', () => {
    const { chain, netuid } = setup();
    const limit = (price(chain, netuid) * 101n) / 100n;
    const args = {
      hotkey: OWNER_HOT,
      netuid,
      amount_staked: 100n * TAO,
      limit_price: limit,
      allow_partial: false,
    };
    assert.equal(expectFailure(chain, STAKER, 'add_stake_limit', args), 'SlippageTooHigh');
    assert.equal(Delegates.contains(chain.state, [OWNER_HOT]), false);
    expectSuccess(chain, STAKER, 'add_stake_limit', { ...args, amount_staked: 2n * TAO });
    assert.equal(Delegates.get(chain.state, [OWNER_HOT]), 11_796);
  });

  it('with allow_partial takes only what fits below the limit', () => {
    const { chain, netuid } = setup();
    const limit = (price(chain, netuid) * 101n) / 100n;
    const args = {
      hotkey: OWNER_HOT,
      netuid,
      amount_staked: 100n * TAO,
      limit_price: limit,
      allow_partial: true,
    };
    const max = chain.swap.maxAmountAdd(chain.ctx(), netuid, limit);
    expectSuccess(chain, STAKER, 'add_stake_limit', args);
    assert.ok(max < 100n * TAO && max > 0n);
    assert.equal(chain.free(STAKER), 1_000n * TAO - max);
    assert.ok(price(chain, netuid) <= limit);
  });

  it('refuses a limit the price already crossed, and behaves as add_stake at the maximum price', () => {
    const { chain, netuid } = setup();
    const args = {
      hotkey: OWNER_HOT,
      netuid,
      amount_staked: 10n * TAO,
      limit_price: price(chain, netuid) / 2n,
      allow_partial: true,
    };
    assert.equal(expectFailure(chain, STAKER, 'add_stake_limit', args), 'PriceLimitExceeded');
    expectSuccess(chain, STAKER, 'add_stake_limit', { ...args, limit_price: MAX_PRICE_RAO });
    assert.ok(chain.stake(OWNER_HOT, STAKER, netuid) > 0n);
    assert.equal(
      expectFailure(chain, STAKER, 'add_stake_limit', {
        ...args,
        netuid: subnet(9),
        limit_price: MAX_PRICE_RAO,
      }),
      'SubNetworkDoesNotExist',
    );
  });
});
