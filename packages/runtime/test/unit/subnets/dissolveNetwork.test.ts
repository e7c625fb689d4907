import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, I96F32, netUid, U96F32 } from '@taonet/primitives';
import { BURN_ACCOUNT, CurrencyIssuance, EXISTENTIAL_DEPOSIT } from '../../../src/balances/schema.js';
import {
  AlphaDividendsPerSubnet,
  AutoStakeDestination,
  EMAPriceHalvingBlocks,
  MinerBurned,
  OwnerCutEnabled,
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  RecycleOrBurnStorage,
  RootAlphaDividendsPerSubnet,
  RootProp,
  SubnetAlphaInEmission,
  SubnetAlphaOutEmission,
  SubnetExcessTao,
  SubnetRootSellTao,
  SubnetTaoInEmission,
} from '../../../src/coinbase/schema.js';
import { RootClaimable, RootClaimableThreshold, RootClaimed } from '../../../src/rootClaim/schema.js';
import { increaseStake } from '../../../src/staking/stakeAccounting.js';
import { storagePrefix } from '../../../src/state/storageHasher.js';
import { computeDissolutionPayouts } from '../../../src/subnets/math/dissolutionPayouts.js';
import {
  NetworkRateLimit,
  NetworksAdded,
  SubnetProtocolAlpha,
  TotalNetworks,
} from '../../../src/subnets/schema.js';
import { getSubnetAccountId } from '../../../src/subnets/subnetAccount.js';
import { SubnetAlphaIn, SubnetTAO } from '../../../src/swap/schema.js';
import {
  account,
  createSubnetChain,
  expectFailure,
  expectSuccess,
  ROOT_ORIGIN,
  type SubnetChain,
  subnet,
  TAO,
} from './subnetChain.js';

const OWNER = account(1);
const HOT_A = account(0x11);
const HOT_B = account(0x12);
const COLD_X = account(0x21);
const COLD_Y = account(0x22);
const NETUID = subnet(1);

/** Every key in the state (persisted and pending). */
function allKeys(chain: SubnetChain): Set<string> {
  const keys = new Set<string>();
  for (const [key] of chain.backend.entries()) keys.add(key);
  for (const [key, value] of chain.state.peekChanges()) {
    if (value === null) keys.delete(key);
    else keys.add(key);
  }
  return keys;
}

function registeredChain(): SubnetChain {
  const chain = createSubnetChain({ startBlock: 3 });
  chain.endow(OWNER, 10_000n * TAO);
  NetworkRateLimit.set(chain.state, 0n);
  return chain;
}

const stake = (chain: SubnetChain, hotkey: AccountId, coldkey: AccountId, amount: bigint) =>
  increaseStake(chain.state, { hotkey, coldkey, netuid: NETUID }, amount);

describe('dissolution payouts', () => {
  it('splits the pot pro rata with the largest remainders, the protocol counting as a staker', () => {
    const { payouts, protocolShare } = computeDissolutionPayouts(1_000n, [300n, 100n, 100n], 1_000n);
    // exact shares 200, 66.67, 66.67 (protocol 666.67): one leftover rao to the first of the tied remainders
    assert.deepEqual(payouts, [200n, 67n, 66n]);
    assert.equal(protocolShare, 666n);
  });

  it('pays nothing from an empty pot, and everything to a lone staker', () => {
    assert.deepEqual(computeDissolutionPayouts(0n, [5n, 7n], 0n).payouts, [0n, 0n]);
    assert.deepEqual(computeDissolutionPayouts(999n, [5n], 0n).payouts, [999n]);
    assert.deepEqual(computeDissolutionPayouts(10n, [1n, 1n, 1n], 0n).payouts, [4n, 3n, 3n]);
  });
});

describe('dissolve_network / root_dissolve_network', () => {
  it('is root only, and not for root or a missing subnet', () => {
    const chain = registeredChain();
    expectSuccess(chain, OWNER, 'register_network', { hotkey: account(2) });
    const args = { coldkey: OWNER, netuid: NETUID };
    assert.equal(expectFailure(chain, OWNER, 'dissolve_network', args), 'BadOrigin');
    assert.equal(expectFailure(chain, OWNER, 'root_dissolve_network', { netuid: NETUID }), 'BadOrigin');
    assert.equal(
      expectFailure(chain, ROOT_ORIGIN, 'root_dissolve_network', { netuid: netUid(0) }),
      'SubNetworkDoesNotExist',
    );
    assert.equal(
      expectFailure(chain, ROOT_ORIGIN, 'dissolve_network', { coldkey: OWNER, netuid: 5 }),
      'SubNetworkDoesNotExist',
    );
  });

  it('pays stakers pro rata from the pool, recycles the rest and clears every per-subnet item', () => {
    const chain = registeredChain();
    chain.nextBlock();
    const before = allKeys(chain);
    expectSuccess(chain, OWNER, 'register_network', { hotkey: account(2) });
    expectSuccess(chain, OWNER, 'start_call', { netuid: NETUID });
    stake(chain, HOT_A, COLD_X, 300n * TAO);
    stake(chain, HOT_A, COLD_Y, 100n * TAO);
    stake(chain, HOT_B, COLD_X, 100n * TAO);
    SubnetProtocolAlpha.set(chain.state, [NETUID], 0n);
    const pot = SubnetTAO.get(chain.state, [NETUID]);
    assert.equal(pot, 1_000n * TAO);
    assert.equal(SubnetAlphaIn.get(chain.state, [NETUID]), 1_000n * TAO);
    const issuance = CurrencyIssuance.get(chain.state);
    chain.nextBlock();
    expectSuccess(chain, ROOT_ORIGIN, 'root_dissolve_network', { netuid: NETUID });
    // total value 1500 (the alpha reserve is protocol value): X 400/1500 of the pot, Y 100/1500, one leftover rao
    const third = (pot * 100n * TAO) / (1_500n * TAO);
    const x = chain.free(COLD_X);
    const y = chain.free(COLD_Y);
    assert.equal(x + y, (pot * 300n) / 1_500n + 2n * third + 1n);
    assert.ok(y === third || y === third + 1n);
    const subnetAccount = getSubnetAccountId(NETUID);
    assert.equal(
      chain.free(subnetAccount),
      EXISTENTIAL_DEPOSIT,
      'the protocol part is recycled down to the deposit',
    );
    assert.equal(issuance - CurrencyIssuance.get(chain.state), pot - x - y - EXISTENTIAL_DEPOSIT);
    assert.equal(chain.free(BURN_ACCOUNT), 0n);
    assert.equal(NetworksAdded.get(chain.state, [NETUID]), false);
    assert.equal(TotalNetworks.get(chain.state), 1);
    assert.equal(chain.eventsNamed('NetworkRemoved').length, 1);
    const allowed = new Set(
      [
        ['System', 'Account'],
        ['Balances', 'TotalIssuance'],
        ['SubtensorModule', 'TotalIssuance'],
        ['SubtensorModule', 'Owner'],
        ['SubtensorModule', 'OwnedHotkeys'],
        ['SubtensorModule', 'StakingHotkeys'],
        ['SubtensorModule', 'TotalStake'],
        ['SubtensorModule', 'NetworkLastLockCost'],
        ['SubtensorModule', 'NetworkLastRegistered'],
        ['SubtensorModule', 'RegisteredSubnetCounter'],
      ].map(([pallet, item]) => storagePrefix(pallet as string, item as string)),
    );
    const left = [...allKeys(chain)].filter((key) => !before.has(key) && !allowed.has(key.slice(0, 64)));
    assert.deepEqual(left, [], 'every per-subnet key is gone');
  });

  it("clears the coinbase's pending emission and counters, dividends, auto-stake and root-claim entries", () => {
    const chain = registeredChain();
    chain.nextBlock();
    const before = allKeys(chain);
    expectSuccess(chain, OWNER, 'register_network', { hotkey: account(2) });
    const other = netUid(9);
    const rate = I96F32.fromInt(3n);
    for (const item of [
      SubnetTaoInEmission,
      SubnetAlphaInEmission,
      SubnetAlphaOutEmission,
      SubnetExcessTao,
      SubnetRootSellTao,
      PendingServerEmission,
      PendingValidatorEmission,
      PendingRootAlphaDivs,
      PendingOwnerCut,
      EMAPriceHalvingBlocks,
    ]) {
      item.set(chain.state, [NETUID], 5n);
    }
    MinerBurned.set(chain.state, [NETUID], U96F32.fromInt(1n));
    RootProp.set(chain.state, [NETUID], U96F32.fromInt(1n));
    OwnerCutEnabled.set(chain.state, [NETUID], false);
    RecycleOrBurnStorage.set(chain.state, [NETUID], 'Recycle');
    RootClaimableThreshold.set(chain.state, [NETUID], rate);
    AlphaDividendsPerSubnet.set(chain.state, [NETUID, HOT_A], 7n);
    RootAlphaDividendsPerSubnet.set(chain.state, [NETUID, HOT_A], 7n);
    RootClaimed.set(chain.state, [NETUID, HOT_A, COLD_X], 3n);
    AutoStakeDestination.set(chain.state, [COLD_X, NETUID], HOT_A);
    RootClaimable.set(chain.state, [HOT_A], [[NETUID, rate]]);
    RootClaimable.set(
      chain.state,
      [HOT_B],
      [
        [NETUID, rate],
        [other, rate],
      ],
    );
    const hotB = storagePrefix('SubtensorModule', 'RootClaimable');
    chain.nextBlock();
    expectSuccess(chain, ROOT_ORIGIN, 'root_dissolve_network', { netuid: NETUID });
    assert.deepEqual(RootClaimable.get(chain.state, [HOT_B]), [[other, rate]], "other subnets' rates stay");
    assert.equal(RootClaimable.contains(chain.state, [HOT_A]), false);
    const allowed = new Set(
      [
        ['System', 'Account'],
        ['Balances', 'TotalIssuance'],
        ['SubtensorModule', 'TotalIssuance'],
        ['SubtensorModule', 'Owner'],
        ['SubtensorModule', 'OwnedHotkeys'],
        ['SubtensorModule', 'StakingHotkeys'],
        ['SubtensorModule', 'TotalStake'],
        ['SubtensorModule', 'NetworkLastLockCost'],
        ['SubtensorModule', 'NetworkLastRegistered'],
        ['SubtensorModule', 'RegisteredSubnetCounter'],
      ].map(([pallet, item]) => storagePrefix(pallet as string, item as string)),
    );
    const left = [...allKeys(chain)].filter(
      (key) => !before.has(key) && !allowed.has(key.slice(0, 64)) && !key.startsWith(hotB),
    );
    assert.deepEqual(left, [], 'every per-subnet key is gone');
  });
});
