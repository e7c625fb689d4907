/**
 * Scenario: 128 subnets are registered block by block; once they are past their immunity, a 129th
 * registration dissolves the subnet with the lowest EMA price (the earliest registered among equals), pays
 * its stakers pro rata out of its pool, and reuses its netuid.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, I96F32, type NetUid } from '@taonet/primitives';
import { transfer } from '../../src/balances/currency.js';
import { Keys } from '../../src/neurons/schema.js';
import { getStake, increaseStake } from '../../src/staking/stakeAccounting.js';
import {
  NetworkImmunityPeriod,
  NetworkLastLockCost,
  NetworkLockReductionInterval,
  NetworkMinLockCost,
  NetworkRateLimit,
  NetworksAdded,
  SubnetLimit,
  SubnetMovingPrice,
  SubnetOwner,
  TotalNetworks,
} from '../../src/subnets/schema.js';
import { getSubnetAccountId } from '../../src/subnets/subnetAccount.js';
import { countNonRootSubnets } from '../../src/subnets/subnetRegistry.js';
import { MAX_PRICE_RAO } from '../../src/swap/math/doSwap.js';
import { SubnetTAO } from '../../src/swap/schema.js';
import {
  account,
  createSubnetChain,
  expectFailure,
  expectSuccess,
  type SubnetChain,
  subnet,
  TAO,
} from '../unit/subnets/subnetChain.js';

const owner = (i: number): AccountId => account(0x100 + i);
const ownerHot = (i: number): AccountId => account(0x200 + i);
const STAKER_X = account(0x51);
const STAKER_Y = account(0x52);
const CHEAP = subnet(37);
const ALSO_CHEAP = subnet(90);

/** Stake TAO as `add_stake` would: the TAO joins the pool, the bought alpha is credited to the position. */
function addStake(chain: SubnetChain, coldkey: AccountId, hotkey: AccountId, netuid: NetUid, tao: bigint) {
  const ctx = chain.ctx();
  transfer(ctx, coldkey, getSubnetAccountId(netuid), tao, true);
  const receipt = chain.swap.swapTaoForAlpha(ctx, netuid, tao, MAX_PRICE_RAO, true);
  increaseStake(chain.state, { hotkey, coldkey, netuid }, receipt.amountPaidOut);
  return receipt.amountPaidOut;
}

const price = (value: number) => I96F32.fromInt(value);

describe('scenario: the 129th subnet prunes the cheapest old one', () => {
  it('dissolves the lowest-EMA subnet, pays its stakers and reuses its netuid', () => {
    const chain = createSubnetChain({ startBlock: 1 });
    // genesis parameters of a fast test network: 1 TAO minimum lock, short rate limit and immunity
    NetworkMinLockCost.set(chain.state, TAO);
    NetworkLastLockCost.set(chain.state, TAO);
    NetworkRateLimit.set(chain.state, 2n);
    NetworkLockReductionInterval.set(chain.state, 2n);
    NetworkImmunityPeriod.set(chain.state, 1_000n);
    for (let i = 1; i <= 129; i++) chain.endow(owner(i), 10n * TAO);
    chain.endow(STAKER_X, 1_000n * TAO);
    chain.endow(STAKER_Y, 1_000n * TAO);

    for (let i = 1; i <= 128; i++) {
      expectSuccess(chain, owner(i), 'register_network', { hotkey: ownerHot(i) });
      for (let b = 0; b < 4; b++) chain.nextBlock();
    }
    assert.equal(countNonRootSubnets(chain.state), 128);
    assert.equal(SubnetLimit.get(chain.state), 128);

    // the EMA prices the coinbase would have written: netuids 37 and 90 tie for the lowest
    for (let n = 1; n <= 128; n++)
      SubnetMovingPrice.set(chain.state, [subnet(n)], price(n === 37 || n === 90 ? 1 : 5));
    const alphaX1 = addStake(chain, STAKER_X, ownerHot(37), CHEAP, 30n * TAO);
    const alphaX2 = addStake(chain, STAKER_X, account(0x61), CHEAP, 20n * TAO);
    const alphaY = addStake(chain, STAKER_Y, ownerHot(37), CHEAP, 50n * TAO);
    const pot = SubnetTAO.get(chain.state, [CHEAP]);
    assert.equal(pot, 101n * TAO, 'the 1 TAO lock and the 100 TAO staked');
    chain.nextBlock();

    // every subnet is still immune (registered less than 1000 blocks ago)
    assert.equal(
      expectFailure(chain, owner(129), 'register_network', { hotkey: ownerHot(129) }),
      'SubnetLimitReached',
    );
    while (chain.block < 1_520) chain.nextBlock();

    const beforeX = chain.free(STAKER_X);
    const beforeY = chain.free(STAKER_Y);
    expectSuccess(chain, owner(129), 'register_network', { hotkey: ownerHot(129) });
    assert.equal(
      chain.eventsNamed('NetworkRemoved')[0]?.data.netuid,
      CHEAP,
      'the earlier of the two cheapest',
    );
    assert.equal(NetworksAdded.get(chain.state, [ALSO_CHEAP]), true);
    assert.equal(SubnetOwner.get(chain.state, [CHEAP]), owner(129), 'the freed netuid is reused');
    assert.equal(Keys.get(chain.state, [CHEAP, 0]), ownerHot(129));
    assert.equal(TotalNetworks.get(chain.state), 129);
    assert.equal(getStake(chain.state, { hotkey: ownerHot(37), coldkey: STAKER_X, netuid: CHEAP }), 0n);

    // payouts: pot * value / (value of all stakes + the alpha reserve left in the pool)
    const paidX = chain.free(STAKER_X) - beforeX;
    const paidY = chain.free(STAKER_Y) - beforeY;
    assert.ok(paidX > 0n && paidY > 0n);
    assert.ok(paidX + paidY < pot, 'the protocol part (the alpha reserve) is not paid out');
    const ratio = (paidY * 1_000_000n) / paidX;
    const expectedRatio = (alphaY * 1_000_000n) / (alphaX1 + alphaX2);
    assert.ok(ratio - expectedRatio <= 1n && expectedRatio - ratio <= 1n, 'pro rata to the alpha held');
  });
});
