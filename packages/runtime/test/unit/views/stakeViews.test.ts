import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountId, netUid, PERQUINTILL_HALF } from '@taonet/primitives';
import {
  AlphaDividendsPerSubnet,
  PendingServerEmission,
  PendingValidatorEmission,
} from '../../../src/coinbase/schema.js';
import { IsNetworkMember, Owner, Uids, ValidatorPermit } from '../../../src/neurons/schema.js';
import { Delegates, StakingHotkeys } from '../../../src/staking/schema.js';
import { increaseStake } from '../../../src/staking/stakeAccounting.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import {
  NetworksAdded,
  SubnetOwner,
  SubnetOwnerHotkey,
  Tempo,
  TokenSymbol,
} from '../../../src/subnets/schema.js';
import { SubnetAlphaIn, SubnetMechanism, SubnetTAO, SwapBalancer } from '../../../src/swap/schema.js';
import { getDelegate, getDelegates } from '../../../src/views/delegateInfo.js';
import { getAllDynamicInfo, getDynamicInfo } from '../../../src/views/dynamicInfo.js';
import { getStakeInfoForColdkey } from '../../../src/views/stakeInfo.js';

const key = (seed: number) => accountId(new Uint8Array(32).fill(seed));
const HOT = key(1);
const OTHER_HOT = key(2);
const COLD = key(10);
const NOMINATOR = key(11);
const NET = netUid(1);
const encoder = new TextEncoder();

function chain() {
  const state = new OverlayState(new MemoryBackend());
  for (const n of [0, 1, 2]) NetworksAdded.set(state, [netUid(n)], true);
  SubnetOwner.set(state, [NET], COLD);
  SubnetOwnerHotkey.set(state, [NET], HOT);
  Tempo.set(state, [NET], 99);
  TokenSymbol.set(state, [NET], encoder.encode('α'));
  SubnetMechanism.set(state, [NET], 1);
  SubnetTAO.set(state, [NET], 2_000_000_000n);
  SubnetAlphaIn.set(state, [NET], 1_000_000_000n);
  SwapBalancer.set(state, [NET], { quote: PERQUINTILL_HALF });
  PendingServerEmission.set(state, [NET], 5n);
  PendingValidatorEmission.set(state, [NET], 7n);
  Owner.set(state, [HOT], COLD);
  Delegates.set(state, [HOT], 11_796);
  StakingHotkeys.set(state, [COLD], [HOT, OTHER_HOT]);
  increaseStake(state, { hotkey: HOT, coldkey: COLD, netuid: NET }, 1_000n);
  increaseStake(state, { hotkey: HOT, coldkey: COLD, netuid: netUid(2) }, 300n);
  increaseStake(state, { hotkey: OTHER_HOT, coldkey: COLD, netuid: netUid(0) }, 50n);
  increaseStake(state, { hotkey: HOT, coldkey: NOMINATOR, netuid: NET }, 400n);
  IsNetworkMember.set(state, [HOT, NET], true);
  IsNetworkMember.set(state, [HOT, netUid(2)], true);
  Uids.set(state, [NET, HOT], 1);
  ValidatorPermit.set(state, [NET], [false, true]);
  AlphaDividendsPerSubnet.set(state, [NET, HOT], 9n);
  return state;
}

describe('dynamic, stake and delegate views', () => {
  it('getDynamicInfo reads the pool, the emission counters and the swap price', () => {
    const state = chain();
    const info = getDynamicInfo(state, NET)!;
    assert.equal(info.owner_hotkey, HOT);
    assert.equal(info.owner_coldkey, COLD);
    assert.equal(info.tempo, 99);
    assert.deepEqual(info.token_symbol, encoder.encode('α'));
    assert.deepEqual(info.subnet_name, encoder.encode('unknown'));
    assert.equal(info.tao_in, 2_000_000_000n);
    assert.equal(info.alpha_in, 1_000_000_000n);
    assert.equal(info.pending_alpha_emission, 12n);
    assert.equal(info.price, 2_000_000_000n);
    assert.equal(getDynamicInfo(state, netUid(0))?.price, 1_000_000_000n);
    assert.deepEqual(getDynamicInfo(state, netUid(0))?.subnet_name, encoder.encode('root'));
    assert.equal(getDynamicInfo(state, netUid(7)), undefined);
    assert.deepEqual(
      getAllDynamicInfo(state).map((subnet) => subnet.netuid),
      [0, 1, 2],
    );
  });

  it('getStakeInfoForColdkey lists non-zero positions by hotkey then netuid', () => {
    const rows = getStakeInfoForColdkey(chain(), COLD);
    assert.deepEqual(
      rows.map((row) => [row.hotkey, row.netuid, row.stake, row.is_registered, row.emission]),
      [
        [HOT, 1, 1_000n, true, 9n],
        [HOT, 2, 300n, true, 0n],
        [OTHER_HOT, 0, 50n, false, 0n],
      ],
    );
    assert.deepEqual(getStakeInfoForColdkey(chain(), key(99)), []);
  });

  it('getDelegates groups nominators per coldkey with their stake per netuid', () => {
    const state = chain();
    const delegate = getDelegate(state, HOT)!;
    assert.equal(delegate.take, 11_796);
    assert.equal(delegate.owner_ss58, COLD);
    assert.deepEqual(delegate.registrations, [1, 2]);
    assert.deepEqual(delegate.validator_permits, [1]);
    const nominators = new Map(delegate.nominators.map(([coldkey, stakes]) => [coldkey, stakes]));
    assert.deepEqual(nominators.get(COLD), [
      [1, 1_000n],
      [2, 300n],
    ]);
    assert.deepEqual(nominators.get(NOMINATOR), [[1, 400n]]);
    assert.equal(getDelegate(state, OTHER_HOT), undefined);
    assert.deepEqual(
      getDelegates(state).map((d) => d.delegate_ss58),
      [HOT],
    );
  });
});
