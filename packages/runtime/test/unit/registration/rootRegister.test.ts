import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Keys, Owner, SubnetworkN, Uids } from '../../../src/neurons/schema.js';
import { Delegates } from '../../../src/staking/schema.js';
import { increaseStake } from '../../../src/staking/stakeAccounting.js';
import {
  MaxAllowedUids,
  MaxRegistrationsPerBlock,
  RegistrationsThisInterval,
  TargetRegistrationsPerInterval,
} from '../../../src/subnets/hyperparameters.js';
import { NetworksAdded, Tempo } from '../../../src/subnets/schema.js';
import {
  account,
  createSubnetChain,
  expectFailure,
  expectSuccess,
  ROOT,
  type SubnetChain,
  TAO,
} from '../subnets/subnetChain.js';

const COLD = account(0x50);

const hot = (i: number) => account(0x600 + i);
const rootStake = (chain: SubnetChain, i: number, amount: bigint) =>
  increaseStake(chain.state, { hotkey: hot(i), coldkey: COLD, netuid: ROOT }, amount);

describe('root_register', () => {
  it('appends to root, makes the hotkey a delegate at 18% and counts the registration', () => {
    const chain = createSubnetChain();
    expectSuccess(chain, COLD, 'root_register', { hotkey: hot(0) });
    assert.equal(Keys.get(chain.state, [ROOT, 0]), hot(0));
    assert.equal(Owner.get(chain.state, [hot(0)]), COLD);
    assert.equal(Delegates.get(chain.state, [hot(0)]), 11_796);
    assert.ok(Delegates.contains(chain.state, [hot(0)]));
    assert.equal(RegistrationsThisInterval.get(chain.state, [ROOT]), 1);
    assert.deepEqual(chain.eventsNamed('NeuronRegistered')[0]?.data, {
      netuid: ROOT,
      uid: 0,
      hotkey: hot(0),
    });
  });

  it('caps registrations per block and per interval (3 x target), the interval restarting every root tempo', () => {
    const chain = createSubnetChain({ startBlock: 1 });
    expectSuccess(chain, COLD, 'root_register', { hotkey: hot(0) });
    assert.equal(
      expectFailure(chain, COLD, 'root_register', { hotkey: hot(1) }),
      'TooManyRegistrationsThisBlock',
    );
    chain.nextBlock();
    expectSuccess(chain, COLD, 'root_register', { hotkey: hot(1) });
    chain.nextBlock();
    expectSuccess(chain, COLD, 'root_register', { hotkey: hot(2) });
    chain.nextBlock();
    assert.equal(
      expectFailure(chain, COLD, 'root_register', { hotkey: hot(3) }),
      'TooManyRegistrationsThisInterval',
    );
    assert.equal(Tempo.get(chain.state, [ROOT]), 100);
    chain.nextBlock(96); // block 100: a multiple of root's tempo
    assert.equal(RegistrationsThisInterval.get(chain.state, [ROOT]), 0);
    expectSuccess(chain, COLD, 'root_register', { hotkey: hot(3) });
    MaxRegistrationsPerBlock.set(chain.state, [ROOT], 5);
    assert.equal(
      expectFailure(chain, COLD, 'root_register', { hotkey: hot(3) }),
      'HotKeyAlreadyRegisteredInSubNet',
    );
  });

  it('replaces the lowest root stake when full, only for a strictly higher stake', () => {
    const chain = createSubnetChain();
    MaxAllowedUids.set(chain.state, [ROOT], 3);
    MaxRegistrationsPerBlock.set(chain.state, [ROOT], 10);
    TargetRegistrationsPerInterval.set(chain.state, [ROOT], 10);
    for (let i = 0; i < 3; i++) {
      rootStake(chain, i, [50n, 20n, 30n][i] as bigint);
      expectSuccess(chain, COLD, 'root_register', { hotkey: hot(i) });
    }
    rootStake(chain, 3, 20n);
    assert.equal(expectFailure(chain, COLD, 'root_register', { hotkey: hot(3) }), 'StakeTooLowForRoot');
    rootStake(chain, 3, 1n);
    expectSuccess(chain, COLD, 'root_register', { hotkey: hot(3) });
    assert.equal(Keys.get(chain.state, [ROOT, 1]), hot(3));
    assert.equal(Uids.getOption(chain.state, [ROOT, hot(1)]), undefined);
    assert.equal(SubnetworkN.get(chain.state, [ROOT]), 3);
  });

  it('needs the root network', () => {
    const chain = createSubnetChain();
    NetworksAdded.remove(chain.state, [ROOT]);
    assert.equal(expectFailure(chain, COLD, 'root_register', { hotkey: hot(0) }), 'RootNetworkDoesNotExist');
    assert.equal(TAO, 1_000_000_000n);
  });
});
