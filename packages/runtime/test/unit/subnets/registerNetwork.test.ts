import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { U64F64 } from '@taonet/primitives';
import { BlockAtRegistration, Keys, OwnedHotkeys, Owner, SubnetworkN } from '../../../src/neurons/schema.js';
import { TotalStake } from '../../../src/staking/schema.js';
import {
  ActivityCutoff,
  Burn,
  CommitRevealWeightsEnabled,
  ImmunityPeriod,
  Kappa,
  MaxAllowedUids,
  MaxAllowedValidators,
  MinAllowedWeights,
  NetworkRegistrationAllowed,
  Yuma3On,
} from '../../../src/subnets/hyperparameters.js';
import {
  LastEpochBlock,
  NetworkLastLockCost,
  NetworkLastRegistered,
  NetworkMinLockCost,
  NetworkRateLimit,
  NetworkRegisteredAt,
  NetworkRegistrationStartBlock,
  NetworksAdded,
  RegisteredSubnetCounter,
  SubnetEmissionEnabled,
  SubnetIdentitiesV3,
  SubnetLimit,
  SubnetLocked,
  SubnetOwner,
  SubnetOwnerHotkey,
  Tempo,
  TokenSymbol,
  TotalNetworks,
} from '../../../src/subnets/schema.js';
import { getSubnetAccountId } from '../../../src/subnets/subnetAccount.js';
import { getNetworkLockCostAt } from '../../../src/subnets/subnetRegistry.js';
import { SYMBOLS } from '../../../src/subnets/tokenSymbols.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetMechanism, SubnetTAO } from '../../../src/swap/schema.js';
import { account, createSubnetChain, expectFailure, expectSuccess, subnet, TAO } from './subnetChain.js';

const OWNER = account(1);
const OWNER_HOT = account(2);
const OTHER = account(3);

const emptyIdentity = () => ({
  subnet_name: new Uint8Array(),
  github_repo: new Uint8Array(),
  subnet_contact: new Uint8Array(),
  subnet_url: new Uint8Array(),
  discord: new Uint8Array(),
  description: new Uint8Array(),
  logo_url: new Uint8Array(),
  additional: new Uint8Array(),
});

describe('register_network', () => {
  it('creates netuid 1 with the new-subnet defaults, the owner hotkey as uid 0 and the pool seeded with the lock', () => {
    const chain = createSubnetChain({ startBlock: 10 });
    chain.endow(OWNER, 5_000n * TAO);
    const lock = getNetworkLockCostAt(chain.state, 10n);
    assert.equal(lock, 1_000n * TAO, 'the genesis lock decays to the 1000 TAO minimum');
    expectSuccess(chain, OWNER, 'register_network', { hotkey: OWNER_HOT });
    const n = subnet(1);
    const s = chain.state;
    assert.equal(NetworksAdded.get(s, [n]), true);
    assert.equal(TotalNetworks.get(s), 2);
    assert.equal(Tempo.get(s, [n]), 360);
    assert.equal(LastEpochBlock.get(s, [n]), 9n, 'stagger: now - netuid mod tempo');
    assert.equal(MaxAllowedUids.get(s, [n]), 256);
    assert.equal(MaxAllowedValidators.get(s, [n]), 64);
    assert.equal(MinAllowedWeights.get(s, [n]), 1);
    assert.equal(ImmunityPeriod.get(s, [n]), 5_000);
    assert.equal(Yuma3On.get(s, [n]), true);
    assert.equal(CommitRevealWeightsEnabled.get(s, [n]), true);
    assert.equal(NetworkRegistrationAllowed.get(s, [n]), true);
    assert.equal(Burn.get(s, [n]), TAO);
    assert.ok(Kappa.contains(s, [n]) && ActivityCutoff.contains(s, [n]), 'defaults written explicitly');
    assert.equal(SubnetEmissionEnabled.get(s, [n]), false);
    assert.equal(SubnetOwner.get(s, [n]), OWNER);
    assert.equal(SubnetOwnerHotkey.get(s, [n]), OWNER_HOT);
    assert.equal(SubnetworkN.get(s, [n]), 1);
    assert.equal(Keys.get(s, [n, 0]), OWNER_HOT);
    assert.equal(BlockAtRegistration.get(s, [n, 0]), 10n);
    assert.equal(Owner.get(s, [OWNER_HOT]), OWNER);
    assert.deepEqual(OwnedHotkeys.get(s, [OWNER]), [OWNER_HOT]);
    assert.deepEqual(TokenSymbol.get(s, [n]), SYMBOLS[1]);
    assert.equal(new TextDecoder().decode(TokenSymbol.get(s, [n])), 'α');
    assert.equal(SubnetMechanism.get(s, [n]), 1);
    assert.equal(SubnetTAO.get(s, [n]), lock);
    assert.equal(SubnetAlphaIn.get(s, [n]), lock, 'median price 1.0 with no other subnet');
    assert.equal(SubnetAlphaOut.get(s, [n]), 0n);
    assert.equal(TotalStake.get(s), lock);
    assert.equal(SubnetLocked.get(s, [n]), lock);
    assert.equal(NetworkRegisteredAt.get(s, [n]), 10n);
    assert.equal(NetworkLastLockCost.get(s), lock);
    assert.equal(NetworkLastRegistered.get(s), 10n);
    assert.equal(RegisteredSubnetCounter.get(s), 1n);
    assert.equal(chain.free(OWNER), 4_000n * TAO);
    assert.equal(chain.free(getSubnetAccountId(n)), lock);
    assert.deepEqual(
      chain.eventsNamed('NetworkAdded').map((e) => e.data),
      [{ netuid: n, mechanism: 1 }],
    );
  });

  it('doubles the lock after a registration and decays it linearly back to the minimum', () => {
    const chain = createSubnetChain();
    chain.endow(OWNER, 10_000n * TAO);
    NetworkRateLimit.set(chain.state, 0n);
    expectSuccess(chain, OWNER, 'register_network', { hotkey: OWNER_HOT });
    const last = NetworkLastLockCost.get(chain.state);
    assert.equal(getNetworkLockCostAt(chain.state, 1n), 2n * last);
    const perBlock = last / 100_800n;
    assert.equal(getNetworkLockCostAt(chain.state, 101n), 2n * last - 100n * perBlock);
    assert.equal(getNetworkLockCostAt(chain.state, 1_000_000n), NetworkMinLockCost.get(chain.state));
    chain.nextBlock(100);
    expectSuccess(chain, OWNER, 'register_network', { hotkey: account(4) });
    assert.equal(SubnetLocked.get(chain.state, [subnet(2)]), 2n * last - 100n * perBlock);
  });

  it('seeds the alpha reserve at the median price of the other subnets', () => {
    const chain = createSubnetChain();
    chain.endow(OWNER, 10_000n * TAO);
    NetworkRateLimit.set(chain.state, 0n);
    expectSuccess(chain, OWNER, 'register_network', { hotkey: OWNER_HOT });
    SubnetAlphaIn.set(chain.state, [subnet(1)], 500n * TAO); // price 2.0
    const lock = getNetworkLockCostAt(chain.state, 1n);
    expectSuccess(chain, OWNER, 'register_network', { hotkey: account(4) });
    assert.equal(SubnetTAO.get(chain.state, [subnet(2)]), lock);
    assert.equal(SubnetAlphaIn.get(chain.state, [subnet(2)]), lock / 2n);
    assert.equal(U64F64.toF64(chain.swap.currentAlphaPrice(chain.ctx(), subnet(2))), 2); // float-ok: test
  });

  it('stores a valid identity and gives the next unused symbol when the own one is taken', () => {
    const chain = createSubnetChain();
    chain.endow(OWNER, 10_000n * TAO);
    TokenSymbol.set(chain.state, [subnet(77)], SYMBOLS[1] as Uint8Array);
    const identity = { ...emptyIdentity(), subnet_name: new TextEncoder().encode('apex') };
    expectSuccess(chain, OWNER, 'register_network_with_identity', { hotkey: OWNER_HOT, identity });
    assert.deepEqual(SubnetIdentitiesV3.get(chain.state, [subnet(1)]), identity);
    assert.deepEqual(TokenSymbol.get(chain.state, [subnet(1)]), SYMBOLS[2]);
    assert.equal(chain.eventsNamed('SubnetIdentitySet').length, 1);
  });

  it("raises subtensor's errors in order and changes nothing", () => {
    const chain = createSubnetChain({ startBlock: 100 });
    chain.endow(OWNER, 10_000n * TAO);
    chain.endow(OTHER, 10_000n * TAO);
    Owner.set(chain.state, [account(9)], OTHER);
    assert.equal(
      expectFailure(chain, OWNER, 'register_network', { hotkey: account(9) }),
      'NonAssociatedColdKey',
    );
    assert.equal(
      expectFailure(chain, OWNER, 'register_network', { hotkey: getSubnetAccountId(subnet(3)) }),
      'CannotUseSystemAccount',
    );
    NetworkRegistrationStartBlock.set(chain.state, 101n);
    assert.equal(
      expectFailure(chain, OWNER, 'register_network', { hotkey: OWNER_HOT }),
      'SubNetRegistrationDisabled',
    );
    NetworkRegistrationStartBlock.set(chain.state, 0n);
    NetworkLastRegistered.set(chain.state, 50n);
    assert.equal(
      expectFailure(chain, OWNER, 'register_network', { hotkey: OWNER_HOT }),
      'NetworkTxRateLimitExceeded',
    );
    NetworkLastRegistered.set(chain.state, 0n);
    const tooLong = { ...emptyIdentity(), subnet_name: new Uint8Array(257) };
    assert.equal(
      expectFailure(chain, OWNER, 'register_network_with_identity', { hotkey: OWNER_HOT, identity: tooLong }),
      'InvalidIdentity',
    );
    SubnetLimit.set(chain.state, 0);
    assert.equal(
      expectFailure(chain, OWNER, 'register_network', { hotkey: OWNER_HOT }),
      'SubnetLimitReached',
    );
    SubnetLimit.set(chain.state, 128);
    const poor = account(5);
    chain.endow(poor, 999n * TAO);
    assert.equal(
      expectFailure(chain, poor, 'register_network', { hotkey: account(6) }),
      'CannotAffordLockCost',
    );
    assert.equal(
      expectFailure(chain, { kind: 'none' }, 'register_network', { hotkey: OWNER_HOT }),
      'BadOrigin',
    );
  });

  it('lets the owner register with a hotkey it already owns', () => {
    const chain = createSubnetChain();
    chain.endow(OWNER, 10_000n * TAO);
    Owner.set(chain.state, [OWNER_HOT], OWNER);
    expectSuccess(chain, OWNER, 'register_network', { hotkey: OWNER_HOT });
    assert.equal(SubnetOwnerHotkey.get(chain.state, [subnet(1)]), OWNER_HOT);
  });
});
