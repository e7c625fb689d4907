import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Keys, Owner, SubnetworkN, Uids } from '../../../src/neurons/schema.js';
import {
  bumpBurnAfterRegistration,
  DEFAULT_BURN_INCREASE_MULT,
} from '../../../src/registration/math/registrationPrice.js';
import {
  Burn,
  MaxAllowedUids,
  MinBurn,
  NetworkRegistrationAllowed,
  RegistrationsThisBlock,
} from '../../../src/subnets/hyperparameters.js';
import { NetworkRateLimit, RAORecycledForRegistration } from '../../../src/subnets/schema.js';
import { getSubnetAccountId } from '../../../src/subnets/subnetAccount.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO } from '../../../src/swap/schema.js';
import {
  AUTHOR,
  account,
  createSubnetChain,
  expectFailure,
  expectSuccess,
  ROOT,
  type SubnetChain,
  subnet,
  TAO,
} from '../subnets/subnetChain.js';

const OWNER = account(1);
const MINER = account(0x30);
const HOT = account(0x31);
const NETUID = subnet(1);

function chainWithSubnet(): SubnetChain {
  const chain = createSubnetChain({ author: AUTHOR, startBlock: 2 });
  chain.endow(OWNER, 10_000n * TAO);
  chain.endow(MINER, 100n * TAO);
  NetworkRateLimit.set(chain.state, 0n);
  expectSuccess(chain, OWNER, 'register_network', { hotkey: account(2) });
  return chain;
}

describe('burned_register', () => {
  it('pays the burn into the pool as a buy whose alpha is burned, then bumps the price by 1.26', () => {
    const chain = chainWithSubnet();
    const taoBefore = SubnetTAO.get(chain.state, [NETUID]);
    const alphaBefore = SubnetAlphaIn.get(chain.state, [NETUID]);
    const accountBefore = chain.free(getSubnetAccountId(NETUID));
    expectSuccess(chain, MINER, 'burned_register', { netuid: NETUID, hotkey: HOT });
    const fee = (TAO * 33n) / 65_535n;
    assert.equal(chain.free(MINER), 99n * TAO);
    assert.equal(chain.free(AUTHOR), fee, 'the swap fee goes to the block author');
    assert.equal(SubnetTAO.get(chain.state, [NETUID]) - taoBefore, TAO - fee);
    assert.equal(chain.free(getSubnetAccountId(NETUID)) - accountBefore, TAO - fee);
    const bought = alphaBefore - SubnetAlphaIn.get(chain.state, [NETUID]);
    assert.ok(bought > 0n && bought < TAO);
    assert.equal(SubnetAlphaOut.get(chain.state, [NETUID]), 0n, 'the bought alpha is burned');
    assert.equal(Burn.get(chain.state, [NETUID]), 1_260_000_000n);
    assert.equal(RAORecycledForRegistration.get(chain.state, [NETUID]), TAO);
    assert.equal(RegistrationsThisBlock.get(chain.state, [NETUID]), 1);
    assert.equal(SubnetworkN.get(chain.state, [NETUID]), 2);
    assert.equal(Keys.get(chain.state, [NETUID, 1]), HOT);
    assert.equal(Uids.get(chain.state, [NETUID, HOT]), 1);
    assert.equal(Owner.get(chain.state, [HOT]), MINER);
    assert.deepEqual(chain.eventsNamed('NeuronRegistered')[0]?.data, { netuid: NETUID, uid: 1, hotkey: HOT });
  });

  it('has no per-block cap on a subnet: the price rations registrations', () => {
    const chain = chainWithSubnet();
    for (let i = 0; i < 5; i++) {
      expectSuccess(chain, MINER, 'burned_register', { netuid: NETUID, hotkey: account(0x40 + i) });
    }
    assert.equal(SubnetworkN.get(chain.state, [NETUID]), 6);
    assert.equal(RegistrationsThisBlock.get(chain.state, [NETUID]), 5);
    let expected = TAO;
    for (let i = 0; i < 5; i++) {
      expected = bumpBurnAfterRegistration(expected, DEFAULT_BURN_INCREASE_MULT, {
        minBurn: 0n,
        maxBurn: 100n * TAO,
      });
    }
    assert.equal(Burn.get(chain.state, [NETUID]), expected, '1.26^5 TAO, floored at each step');
  });

  it("raises subtensor's errors in order and changes nothing", () => {
    const chain = chainWithSubnet();
    const args = { netuid: NETUID, hotkey: HOT };
    assert.equal(
      expectFailure(chain, MINER, 'burned_register', { netuid: ROOT, hotkey: HOT }),
      'RegistrationNotPermittedOnRootSubnet',
    );
    assert.equal(
      expectFailure(chain, MINER, 'burned_register', { netuid: 9, hotkey: HOT }),
      'SubNetworkDoesNotExist',
    );
    NetworkRegistrationAllowed.set(chain.state, [NETUID], false);
    assert.equal(expectFailure(chain, MINER, 'burned_register', args), 'SubNetRegistrationDisabled');
    NetworkRegistrationAllowed.set(chain.state, [NETUID], true);
    assert.equal(
      expectFailure(chain, MINER, 'burned_register', { netuid: NETUID, hotkey: account(2) }),
      'HotKeyAlreadyRegisteredInSubNet',
    );
    assert.equal(expectFailure(chain, account(0x99), 'burned_register', args), 'NotEnoughBalanceToStake');
    Owner.set(chain.state, [HOT], OWNER);
    assert.equal(expectFailure(chain, MINER, 'burned_register', args), 'NonAssociatedColdKey');
    Owner.remove(chain.state, [HOT]);
    MaxAllowedUids.set(chain.state, [NETUID], 0);
    assert.equal(expectFailure(chain, MINER, 'burned_register', args), 'NoNeuronIdAvailable');
    MaxAllowedUids.set(chain.state, [NETUID], 1);
    assert.equal(
      expectFailure(chain, MINER, 'burned_register', args),
      'NoNeuronIdAvailable',
      'the only uid is the owner hotkey, never pruned',
    );
    assert.equal(expectFailure(chain, { kind: 'root' }, 'burned_register', args), 'BadOrigin');
  });
});

describe('register and register_limit', () => {
  it('register ignores the proof-of-work arguments and pays the burn', () => {
    const chain = chainWithSubnet();
    const args = {
      netuid: NETUID,
      block_number: 0n,
      nonce: 7n,
      work: new Uint8Array(32),
      hotkey: HOT,
      coldkey: OWNER,
    };
    expectSuccess(chain, MINER, 'register', args);
    assert.equal(Owner.get(chain.state, [HOT]), MINER, 'the signer pays and owns the hotkey');
    assert.equal(chain.free(MINER), 99n * TAO);
  });

  it('register_limit registers only while the burn is at most the limit', () => {
    const chain = chainWithSubnet();
    assert.equal(
      expectFailure(chain, MINER, 'register_limit', { netuid: ROOT, hotkey: HOT, limit_price: 0n }),
      'RegistrationNotPermittedOnRootSubnet',
    );
    assert.equal(
      expectFailure(chain, MINER, 'register_limit', { netuid: 4, hotkey: HOT, limit_price: 0n }),
      'SubNetworkDoesNotExist',
    );
    assert.equal(
      expectFailure(chain, MINER, 'register_limit', { netuid: NETUID, hotkey: HOT, limit_price: TAO - 1n }),
      'RegistrationPriceLimitExceeded',
    );
    expectSuccess(chain, MINER, 'register_limit', { netuid: NETUID, hotkey: HOT, limit_price: TAO });
    assert.equal(Uids.get(chain.state, [NETUID, HOT]), 1);
  });
});

describe('updateRegistrationPricesForNetworks', () => {
  it('decays the burn every block from block 2, clamps it and resets the block counter', () => {
    const chain = chainWithSubnet();
    expectSuccess(chain, MINER, 'burned_register', { netuid: NETUID, hotkey: HOT });
    chain.nextBlock();
    assert.equal(Burn.get(chain.state, [NETUID]), (1_260_000_000n * 4_286_705_684n) >> 32n);
    assert.equal(RegistrationsThisBlock.get(chain.state, [NETUID]), 0);
    MinBurn.set(chain.state, [NETUID], 2n * TAO);
    chain.nextBlock();
    assert.equal(Burn.get(chain.state, [NETUID]), 2n * TAO);
  });
});
