import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Delegates } from '../../../src/staking/schema.js';
import { TransferToggle } from '../../../src/subnets/hyperparameters.js';
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

type Netuid = ReturnType<typeof subnet>;
const OWNER = coldkey(1);
const OWNER_HOT = hotkey(1);
const OTHER = coldkey(3);
const OTHER_HOT = hotkey(3);
const STAKER = coldkey(2);
const FRIEND = coldkey(4);

interface Setup {
  chain: StakingChain;
  a: Netuid;
  b: Netuid;
  alpha: bigint;
}

function setup(): Setup {
  const chain = createStakingChain();
  chain.endow(OWNER, 10_000n * TAO);
  chain.endow(OTHER, 10_000n * TAO);
  chain.endow(STAKER, 1_000n * TAO);
  const a = chain.openSubnet(OWNER, OWNER_HOT);
  const b = chain.openSubnet(OTHER, OTHER_HOT);
  expectSuccess(chain, STAKER, 'add_stake', { hotkey: OWNER_HOT, netuid: a, amount_staked: 100n * TAO });
  return { chain, a, b, alpha: chain.stake(OWNER_HOT, STAKER, a) };
}

const moveArgs = (over: object, alpha: bigint, a: Netuid) => ({
  origin_hotkey: OWNER_HOT,
  destination_hotkey: OTHER_HOT,
  origin_netuid: a,
  destination_netuid: a,
  alpha_amount: alpha,
  ...over,
});

describe('move_stake [85]', () => {
  it('moves shares to another hotkey on the same subnet with no swap and no fee', () => {
    const { chain, a, alpha } = setup();
    const author = chain.free(AUTHOR);
    const pool = SubnetTAO.get(chain.state, [a]);
    expectSuccess(chain, STAKER, 'move_stake', moveArgs({}, alpha / 2n, a));
    assert.equal(chain.stake(OWNER_HOT, STAKER, a), alpha - alpha / 2n);
    assert.equal(chain.stake(OTHER_HOT, STAKER, a), alpha / 2n);
    assert.equal(chain.free(AUTHOR), author);
    assert.equal(SubnetTAO.get(chain.state, [a]), pool);
    assert.equal(Delegates.contains(chain.state, [OTHER_HOT]), true, 'staked by a non-owner');
    assert.equal(chain.eventsNamed('StakeMoved').length, 1);
  });

  it('across subnets sells on the origin and buys on the destination, one fee', () => {
    const { chain, a, b, alpha } = setup();
    const author = chain.free(AUTHOR);
    const sold = alpha / 2n;
    const quote = chain.swap.simSwapAlphaForTao(chain.ctx(), a, sold);
    expectSuccess(chain, STAKER, 'move_stake', moveArgs({ destination_netuid: b }, sold, a));
    const moved = chain.eventsNamed('StakeMoved')[0]?.data.tao as bigint;
    assert.equal(moved, quote.amountPaidOut);
    assert.ok(chain.stake(OTHER_HOT, STAKER, b) > 0n);
    assert.ok(chain.free(AUTHOR) > author, 'the origin sale paid its fee');
    const added = chain.eventsNamed('StakeAdded').at(-1);
    assert.equal(added?.data.fee, 0n, 'the destination buy is fee-less');
  });

  it('fails with subtensor errors and changes nothing', () => {
    const { chain, a, b, alpha } = setup();
    assert.equal(
      expectFailure(chain, STAKER, 'move_stake', moveArgs({ destination_hotkey: OWNER_HOT }, alpha, a)),
      'SameNetuid',
    );
    assert.equal(
      expectFailure(chain, STAKER, 'move_stake', moveArgs({ destination_netuid: subnet(9) }, alpha, a)),
      'SubNetworkDoesNotExist',
    );
    assert.equal(
      expectFailure(chain, STAKER, 'move_stake', moveArgs({ destination_hotkey: account(0xdead) }, alpha, a)),
      'HotKeyAccountNotExists',
    );
    assert.equal(
      expectFailure(chain, STAKER, 'move_stake', moveArgs({ destination_netuid: b }, 1_000n, a)),
      'AmountTooLow',
    );
    assert.equal(expectFailure(chain, STAKER, 'move_stake', moveArgs({}, 1_000n, a)), 'AmountTooLow');
  });
});

describe('transfer_stake [86]', () => {
  it('gives stake to another coldkey on the same hotkey, and across subnets', () => {
    const { chain, a, b, alpha } = setup();
    const args = {
      destination_coldkey: FRIEND,
      hotkey: OWNER_HOT,
      origin_netuid: a,
      destination_netuid: a,
      alpha_amount: alpha / 4n,
    };
    expectSuccess(chain, STAKER, 'transfer_stake', args);
    assert.equal(chain.stake(OWNER_HOT, FRIEND, a), alpha / 4n);
    assert.equal(chain.eventsNamed('StakeTransferred').length, 1);
    expectSuccess(chain, STAKER, 'transfer_stake', { ...args, destination_netuid: b });
    assert.ok(chain.stake(OWNER_HOT, FRIEND, b) > 0n);
    assert.ok(chain.free(FRIEND) >= 500n, 'the friend account exists (keeps the deposit)');
  });

  it('needs TransferToggle on both subnets', () => {
    const { chain, a, b, alpha } = setup();
    const args = {
      destination_coldkey: FRIEND,
      hotkey: OWNER_HOT,
      origin_netuid: a,
      destination_netuid: b,
      alpha_amount: alpha / 4n,
    };
    TransferToggle.set(chain.state, [b], false);
    assert.equal(expectFailure(chain, STAKER, 'transfer_stake', args), 'TransferDisallowed');
    TransferToggle.set(chain.state, [a], false);
    const same = { ...args, destination_netuid: a };
    assert.equal(expectFailure(chain, STAKER, 'transfer_stake', same), 'TransferDisallowed');
    assert.equal(
      expectFailure(chain, STAKER, 'transfer_stake', { ...same, alpha_amount: alpha * 2n }),
      'TransferDisallowed',
      'capped at the position, then the toggle refuses',
    );
  });
});

describe('swap_stake [87] and swap_stake_limit [90]', () => {
  const price = (chain: StakingChain, n: Netuid) =>
    (SubnetTAO.get(chain.state, [n]) * TAO) / SubnetAlphaIn.get(chain.state, [n]);

  it('moves stake of one hotkey to another subnet', () => {
    const { chain, a, b, alpha } = setup();
    const args = { hotkey: OWNER_HOT, origin_netuid: a, destination_netuid: b, alpha_amount: alpha / 2n };
    expectSuccess(chain, STAKER, 'swap_stake', args);
    assert.ok(chain.stake(OWNER_HOT, STAKER, b) > 0n);
    assert.equal(chain.eventsNamed('StakeSwapped').length, 1);
    assert.equal(
      expectFailure(chain, STAKER, 'swap_stake', { ...args, destination_netuid: a }),
      'SameNetuid',
    );
    expectSuccess(chain, STAKER, 'swap_stake', { ...args, destination_netuid: ROOT });
    assert.ok(chain.stake(OWNER_HOT, STAKER, ROOT) > 0n);
  });

  it('limits by the origin/destination price ratio', () => {
    const { chain, a, b, alpha } = setup();
    const ratio = (price(chain, a) * TAO) / price(chain, b);
    const args = {
      hotkey: OWNER_HOT,
      origin_netuid: a,
      destination_netuid: b,
      alpha_amount: alpha,
      limit_price: (ratio * 99n) / 100n,
      allow_partial: false,
    };
    assert.equal(expectFailure(chain, STAKER, 'swap_stake_limit', args), 'SlippageTooHigh');
    expectSuccess(chain, STAKER, 'swap_stake_limit', { ...args, allow_partial: true });
    const left = chain.stake(OWNER_HOT, STAKER, a);
    assert.ok(left > 0n && left < alpha, 'only part moved');
    const tooHigh = { ...args, limit_price: ratio * 2n, allow_partial: true };
    assert.equal(chain.call(STAKER, 'swap_stake_limit', tooHigh).ok, true, 'nothing moves past the limit');
    assert.equal(chain.stake(OWNER_HOT, STAKER, a), left);
  });
});
