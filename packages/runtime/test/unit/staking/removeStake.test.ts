import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NominatorMinRequiredStake, PendingChildKeys } from '../../../src/staking/stakingCallsStorage.js';
import { StakeThreshold } from '../../../src/subnets/hyperparameters.js';
import { MIN_PRICE_RAO } from '../../../src/swap/math/doSwap.js';
import { SubnetAlphaIn, SubnetTAO } from '../../../src/swap/schema.js';
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
type Netuid = ReturnType<typeof subnet>;

function setup(stake = 100n * TAO): { chain: StakingChain; netuid: Netuid; alpha: bigint } {
  const chain = createStakingChain();
  chain.endow(OWNER, 10_000n * TAO);
  chain.endow(STAKER, 1_000n * TAO);
  const netuid = chain.openSubnet(OWNER, OWNER_HOT);
  expectSuccess(chain, STAKER, 'add_stake', { hotkey: OWNER_HOT, netuid, amount_staked: stake });
  return { chain, netuid, alpha: chain.stake(OWNER_HOT, STAKER, netuid) };
}

const price = (chain: StakingChain, netuid: Netuid) =>
  (SubnetTAO.get(chain.state, [netuid]) * TAO) / SubnetAlphaIn.get(chain.state, [netuid]);

describe('remove_stake [3]', () => {
  it('sells the alpha, pays the TAO to the coldkey and the alpha fee (sold) to the author', () => {
    const { chain, netuid, alpha } = setup();
    const free = chain.free(STAKER);
    const author = chain.free(AUTHOR);
    const sold = alpha / 2n;
    const quote = chain.swap.simSwapAlphaForTao(chain.ctx(), netuid, sold);
    expectSuccess(chain, STAKER, 'remove_stake', { hotkey: OWNER_HOT, netuid, amount_unstaked: sold });
    assert.equal(chain.stake(OWNER_HOT, STAKER, netuid), alpha - sold);
    assert.equal(chain.free(STAKER) - free, quote.amountPaidOut);
    assert.ok(chain.free(AUTHOR) > author, 'the alpha fee reaches the author as TAO');
    const [event] = chain.eventsNamed('StakeRemoved');
    assert.deepEqual(event?.data, {
      coldkey: STAKER,
      hotkey: OWNER_HOT,
      tao: quote.amountPaidOut,
      alpha: quote.amountPaidIn,
      netuid,
      fee: quote.feePaid,
    });
  });

  it('caps the amount at the position and can empty it', () => {
    const { chain, netuid } = setup();
    expectSuccess(chain, STAKER, 'remove_stake', {
      hotkey: OWNER_HOT,
      netuid,
      amount_unstaked: 10_000n * TAO,
    });
    assert.equal(chain.stake(OWNER_HOT, STAKER, netuid), 0n);
  });

  it('fails with subtensor errors and changes nothing', () => {
    const { chain, netuid, alpha } = setup();
    const args = (over: object) => ({ hotkey: OWNER_HOT, netuid, amount_unstaked: alpha / 2n, ...over });
    assert.equal(
      expectFailure(chain, STAKER, 'remove_stake', args({ netuid: subnet(7) })),
      'SubtokenDisabled',
    );
    assert.equal(expectFailure(chain, STAKER, 'remove_stake', args({ amount_unstaked: 0n })), 'AmountTooLow');
    assert.equal(
      expectFailure(chain, STAKER, 'remove_stake', args({ hotkey: account(0xdead) })),
      'AmountTooLow',
    );
    // leaving a position but taking out less than the minimum stake
    assert.equal(
      expectFailure(chain, STAKER, 'remove_stake', args({ amount_unstaked: 1_000n })),
      'AmountTooLow',
    );
    SubnetAlphaIn.set(chain.state, [netuid], alpha / 2_000n);
    assert.equal(expectFailure(chain, STAKER, 'remove_stake', args({})), 'InsufficientLiquidity');
  });

  it('clears a nomination left below the nominator minimum, not the owner position', () => {
    const { chain, netuid, alpha } = setup(1n * TAO);
    NominatorMinRequiredStake.set(chain.state, 500_000_000n); // 1 TAO minimum nomination
    const free = chain.free(STAKER);
    expectSuccess(chain, STAKER, 'remove_stake', { hotkey: OWNER_HOT, netuid, amount_unstaked: alpha / 4n });
    assert.equal(chain.stake(OWNER_HOT, STAKER, netuid), 0n, 'the rest was force-unstaked');
    assert.equal(chain.eventsNamed('StakeRemoved').length, 2);
    assert.ok(chain.free(STAKER) - free > (9n * TAO) / 10n);
    chain.endow(OWNER, 0n);
    expectSuccess(chain, OWNER, 'add_stake', { hotkey: OWNER_HOT, netuid, amount_staked: TAO });
    const own = chain.stake(OWNER_HOT, OWNER, netuid);
    expectSuccess(chain, OWNER, 'remove_stake', { hotkey: OWNER_HOT, netuid, amount_unstaked: own / 4n });
    assert.equal(chain.stake(OWNER_HOT, OWNER, netuid), own - own / 4n);
  });

  it('drops the pending child keys of a hotkey that fell below StakeThreshold', () => {
    const { chain, netuid, alpha } = setup();
    PendingChildKeys.set(chain.state, [netuid, OWNER_HOT], [[[1n, hotkey(9)]], 99n]);
    StakeThreshold.set(chain.state, 90n * TAO);
    expectSuccess(chain, STAKER, 'remove_stake', { hotkey: OWNER_HOT, netuid, amount_unstaked: alpha / 2n });
    assert.equal(PendingChildKeys.contains(chain.state, [netuid, OWNER_HOT]), false);
  });
});

describe('remove_stake_limit [89] and remove_stake_full_limit [103]', () => {
  it('is fill-or-kill without allow_partial and stops at the limit with it', () => {
    const { chain, netuid, alpha } = setup();
    const limit = (price(chain, netuid) * 99n) / 100n;
    const args = {
      hotkey: OWNER_HOT,
      netuid,
      amount_unstaked: alpha,
      limit_price: limit,
      allow_partial: false,
    };
    assert.equal(expectFailure(chain, STAKER, 'remove_stake_limit', args), 'SlippageTooHigh');
    const max = chain.swap.maxAmountRemove(chain.ctx(), netuid, limit);
    expectSuccess(chain, STAKER, 'remove_stake_limit', { ...args, allow_partial: true });
    assert.equal(chain.stake(OWNER_HOT, STAKER, netuid), alpha - max);
    // the sale stops at the limit; then the author's alpha fee is sold too, a hair below it
    assert.ok(price(chain, netuid) * 10_000n >= limit * 9_999n);
    const big = { ...args, amount_unstaked: alpha * 10n, limit_price: MIN_PRICE_RAO };
    assert.equal(expectFailure(chain, STAKER, 'remove_stake_limit', big), 'NotEnoughStakeToWithdraw');
  });

  it('unstakes the whole position, with or without a limit', () => {
    const { chain, netuid } = setup();
    const args = { hotkey: OWNER_HOT, netuid, limit_price: MIN_PRICE_RAO };
    expectSuccess(chain, STAKER, 'remove_stake_full_limit', args);
    assert.equal(chain.stake(OWNER_HOT, STAKER, netuid), 0n);
    expectSuccess(chain, STAKER, 'add_stake', { hotkey: OWNER_HOT, netuid, amount_staked: 10n * TAO });
    expectSuccess(chain, STAKER, 'remove_stake_full_limit', { ...args, limit_price: undefined });
    assert.equal(chain.stake(OWNER_HOT, STAKER, netuid), 0n);
    const missing = { ...args, netuid: subnet(9) };
    assert.equal(expectFailure(chain, STAKER, 'remove_stake_full_limit', missing), 'SubNetworkDoesNotExist');
  });
});

describe('unstake_all [83] and unstake_all_alpha [84]', () => {
  function staked(): { chain: StakingChain; netuid: Netuid; second: Netuid } {
    const { chain, netuid } = setup();
    chain.endow(coldkey(3), 10_000n * TAO);
    const second = chain.openSubnet(coldkey(3), hotkey(3));
    expectSuccess(chain, STAKER, 'add_stake', {
      hotkey: OWNER_HOT,
      netuid: second,
      amount_staked: 50n * TAO,
    });
    expectSuccess(chain, STAKER, 'add_stake', { hotkey: OWNER_HOT, netuid: ROOT, amount_staked: 20n * TAO });
    return { chain, netuid, second };
  }

  it('unstake_all sells every position, root included', () => {
    const { chain, netuid, second } = staked();
    expectSuccess(chain, STAKER, 'unstake_all', { hotkey: OWNER_HOT });
    for (const n of [netuid, second, ROOT]) assert.equal(chain.stake(OWNER_HOT, STAKER, n), 0n);
    assert.equal(chain.eventsNamed('StakeRemoved').length, 3);
    assert.equal(
      expectFailure(chain, STAKER, 'unstake_all', { hotkey: account(0xdead) }),
      'HotKeyAccountNotExists',
    );
  });

  it('unstake_all_alpha re-stakes the subnet TAO on root', () => {
    const { chain, netuid, second } = staked();
    const root = chain.stake(OWNER_HOT, STAKER, ROOT);
    expectSuccess(chain, STAKER, 'unstake_all_alpha', { hotkey: OWNER_HOT });
    assert.equal(chain.stake(OWNER_HOT, STAKER, netuid), 0n);
    assert.equal(chain.stake(OWNER_HOT, STAKER, second), 0n);
    const added = chain.eventsNamed('StakeAdded').at(-1);
    assert.equal(added?.data.netuid, ROOT);
    assert.equal(chain.stake(OWNER_HOT, STAKER, ROOT) - root, added?.data.alpha);
    assert.equal(expectFailure(chain, STAKER, 'unstake_all_alpha', { hotkey: OWNER_HOT }), 'AmountTooLow');
  });
});
