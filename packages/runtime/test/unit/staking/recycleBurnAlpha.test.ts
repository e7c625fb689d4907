import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Tempo } from '../../../src/subnets/schema.js';
import { SubnetAlphaIn, SubnetAlphaOut } from '../../../src/swap/schema.js';
import {
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
  totalPooledAlpha,
} from './stakingChain.js';

type Netuid = ReturnType<typeof subnet>;
const OWNER = coldkey(1);
const OWNER_HOT = hotkey(1);
const STAKER = coldkey(2);

function setup(): { chain: StakingChain; netuid: Netuid; alpha: bigint } {
  const chain = createStakingChain();
  chain.endow(OWNER, 10_000n * TAO);
  chain.endow(STAKER, 1_000n * TAO);
  const netuid = chain.openSubnet(OWNER, OWNER_HOT);
  expectSuccess(chain, STAKER, 'add_stake', { hotkey: OWNER_HOT, netuid, amount_staked: 100n * TAO });
  expectSuccess(chain, STAKER, 'add_stake', { hotkey: OWNER_HOT, netuid: ROOT, amount_staked: 10n * TAO });
  return { chain, netuid, alpha: chain.stake(OWNER_HOT, STAKER, netuid) };
}

describe('recycle_alpha [101] and burn_alpha [102]', () => {
  it('recycling lowers the alpha issuance, burning does not', () => {
    const { chain, netuid, alpha } = setup();
    const out = SubnetAlphaOut.get(chain.state, [netuid]);
    expectSuccess(chain, STAKER, 'recycle_alpha', { hotkey: OWNER_HOT, amount: alpha / 4n, netuid });
    assert.equal(SubnetAlphaOut.get(chain.state, [netuid]), out - alpha / 4n);
    assert.equal(chain.stake(OWNER_HOT, STAKER, netuid), alpha - alpha / 4n);
    assert.equal(chain.eventsNamed('AlphaRecycled')[0]?.data.alpha, alpha / 4n);
    expectSuccess(chain, STAKER, 'burn_alpha', { hotkey: OWNER_HOT, amount: alpha, netuid });
    assert.equal(chain.stake(OWNER_HOT, STAKER, netuid), 0n, 'capped at the position');
    assert.equal(SubnetAlphaOut.get(chain.state, [netuid]), out - alpha / 4n);
    assert.equal(totalPooledAlpha(chain, netuid), 0n);
  });

  it('fails with subtensor errors and changes nothing', () => {
    const { chain, netuid, alpha } = setup();
    for (const name of ['recycle_alpha', 'burn_alpha']) {
      const args = (over: object) => ({ hotkey: OWNER_HOT, amount: alpha, netuid, ...over });
      assert.equal(expectFailure(chain, STAKER, name, args({ netuid: subnet(9) })), 'SubNetworkDoesNotExist');
      assert.equal(
        expectFailure(chain, STAKER, name, args({ netuid: ROOT })),
        'CannotBurnOrRecycleOnRootSubnet',
      );
      assert.equal(
        expectFailure(chain, STAKER, name, args({ hotkey: account(0xdead) })),
        'HotKeyAccountNotExists',
      );
      SubnetAlphaOut.set(chain.state, [netuid], alpha / 2n);
      assert.equal(expectFailure(chain, STAKER, name, args({})), 'InsufficientLiquidity');
      SubnetAlphaOut.set(chain.state, [netuid], alpha);
    }
  });
});

describe('add_stake_burn [132]', () => {
  it('the owner buys alpha and burns it, once per tempo', () => {
    const { chain, netuid } = setup();
    const alphaIn = SubnetAlphaIn.get(chain.state, [netuid]);
    const out = SubnetAlphaOut.get(chain.state, [netuid]);
    const args = { hotkey: OWNER_HOT, netuid, amount: 10n * TAO, limit: undefined };
    expectSuccess(chain, OWNER, 'add_stake_burn', args);
    const burned = alphaIn - SubnetAlphaIn.get(chain.state, [netuid]);
    assert.ok(burned > 0n);
    assert.equal(chain.stake(OWNER_HOT, OWNER, netuid), 0n, 'bought then burned');
    assert.equal(
      SubnetAlphaOut.get(chain.state, [netuid]),
      out + burned,
      'burned alpha still counts as issued',
    );
    assert.deepEqual(chain.eventsNamed('AddStakeBurn')[0]?.data, {
      netuid,
      hotkey: OWNER_HOT,
      amount: 10n * TAO,
      alpha: burned,
    });
    assert.equal(expectFailure(chain, OWNER, 'add_stake_burn', args), 'AddStakeBurnRateLimitExceeded');
    chain.nextBlock(Tempo.get(chain.state, [netuid]));
    expectSuccess(chain, OWNER, 'add_stake_burn', { ...args, limit: 10n * TAO });
  });

  it('is for the subnet owner only', () => {
    const { chain, netuid } = setup();
    const args = { hotkey: OWNER_HOT, netuid, amount: 10n * TAO, limit: undefined };
    assert.equal(expectFailure(chain, STAKER, 'add_stake_burn', args), 'BadOrigin');
  });
});
