import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { I64F64, netUid, U64_MAX } from '@taonet/primitives';
import { computeTotalStake, getStakeTaoWeight } from '../../../src/epoch/index.js';
import { Keys, SubnetworkN } from '../../../src/neurons/schema.js';
import { ChildKeys, ParentKeys, TaoWeight, TotalHotkeyAlpha } from '../../../src/staking/schema.js';
import {
  getInheritedForHotkeyOnSubnet,
  getStakeWeightsForHotkeyOnSubnet,
  getStakeWeightsForNetwork,
  getTaoInheritedForHotkeyOnSubnet,
} from '../../../src/staking/stakeWeights.js';
import { addNeuron, addSubnet, hk, NET, TestChain } from '../weights/neuronFixture.js';

const ROOT = netUid(0);
const HALF = U64_MAX / 2n; // 0.5 of u64::MAX, floored

describe('stake weights (economics.md §4.6)', () => {
  it('is own alpha plus root TAO times TaoWeight when there are no child keys', () => {
    const chain = new TestChain();
    const { state } = chain;
    TaoWeight.set(state, U64_MAX / 10n);
    TotalHotkeyAlpha.set(state, [hk(1), NET], 1_000n);
    TotalHotkeyAlpha.set(state, [hk(1), ROOT], 500n);
    const weight = getStakeWeightsForHotkeyOnSubnet(state, hk(1), NET);
    assert.equal(weight.alpha, 1_000n);
    assert.equal(weight.tao, 500n);
    const [expected] = computeTotalStake([1_000n], [500n], getStakeTaoWeight(U64_MAX / 10n));
    assert.equal(weight.total, expected);
    assert.equal(I64F64.toU64(weight.total), 1_049n, '1000 + 500 x 0.0999... floored');
  });

  it('moves a proportion of alpha and root TAO from a parent to its child on that subnet', () => {
    const chain = new TestChain();
    const { state } = chain;
    const [parent, child] = [hk(1), hk(2)];
    TotalHotkeyAlpha.set(state, [parent, NET], 1_000n);
    TotalHotkeyAlpha.set(state, [parent, ROOT], 2_000n);
    TotalHotkeyAlpha.set(state, [child, NET], 10n);
    ChildKeys.set(state, [parent, NET], [[HALF, child]]);
    ParentKeys.set(state, [child, NET], [[HALF, parent]]);
    assert.equal(getInheritedForHotkeyOnSubnet(state, parent, NET), 500n);
    assert.equal(
      getInheritedForHotkeyOnSubnet(state, child, NET),
      509n,
      '10 + 499.99.. floored after the sum',
    );
    assert.equal(getTaoInheritedForHotkeyOnSubnet(state, parent, NET), 1_000n);
    assert.equal(getTaoInheritedForHotkeyOnSubnet(state, child, NET), 999n);
    assert.equal(
      getInheritedForHotkeyOnSubnet(state, parent, netUid(2)),
      0n,
      'other subnets: own stake only',
    );
    assert.equal(getTaoInheritedForHotkeyOnSubnet(state, parent, netUid(2)), 2_000n);
  });

  it('gives per-uid vectors for a subnet, 0 for a uid without a hotkey', () => {
    const chain = new TestChain();
    addSubnet(chain);
    addNeuron(chain, hk(1), { stake: 7n });
    addNeuron(chain, hk(2), { stake: 9n });
    Keys.remove(chain.state, [NET, 1]);
    SubnetworkN.set(chain.state, [NET], 3);
    const weights = getStakeWeightsForNetwork(chain.state, NET);
    assert.deepEqual(weights.alpha, [7n, 0n, 0n]);
    assert.deepEqual(weights.tao, [0n, 0n, 0n]);
    assert.equal(weights.total.length, 3);
  });
});
