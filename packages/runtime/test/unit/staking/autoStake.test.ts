import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import { AutoStakeDestination } from '../../../src/coinbase/schema.js';
import { coldkey, createStakingChain, expectFailure, expectSuccess, hotkey, TAO } from './stakingChain.js';

const OWNER = coldkey(1);
const OWNER_HOT = hotkey(1);
const MINER = coldkey(2);

describe('set_coldkey_auto_stake_hotkey [114]', () => {
  it('sets the destination to a hotkey registered on the subnet, once', () => {
    const chain = createStakingChain();
    chain.endow(OWNER, 10_000n * TAO);
    chain.endow(MINER, 10n * TAO);
    const netuid = chain.openSubnet(OWNER, OWNER_HOT);
    const args = { netuid, hotkey: OWNER_HOT };
    expectSuccess(chain, MINER, 'set_coldkey_auto_stake_hotkey', args);
    assert.equal(AutoStakeDestination.getOption(chain.state, [MINER, netuid]), OWNER_HOT);
    assert.equal(chain.eventsNamed('AutoStakeDestinationSet').length, 1);
    assert.equal(
      expectFailure(chain, MINER, 'set_coldkey_auto_stake_hotkey', args),
      'SameAutoStakeHotkeyAlreadySet',
    );
  });

  it('refuses a missing subnet and a hotkey without a uid there, changing nothing', () => {
    const chain = createStakingChain();
    chain.endow(OWNER, 10_000n * TAO);
    chain.endow(MINER, 10n * TAO);
    const netuid = chain.openSubnet(OWNER, OWNER_HOT);
    assert.equal(
      expectFailure(chain, MINER, 'set_coldkey_auto_stake_hotkey', { netuid: netUid(42), hotkey: OWNER_HOT }),
      'SubNetworkDoesNotExist',
    );
    assert.equal(
      expectFailure(chain, MINER, 'set_coldkey_auto_stake_hotkey', { netuid, hotkey: hotkey(9) }),
      'HotKeyNotRegisteredInSubNet',
    );
    assert.equal(AutoStakeDestination.getOption(chain.state, [MINER, netuid]), undefined);
  });
});
