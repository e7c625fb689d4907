import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountId, netUid } from '@taonet/primitives';
import { CurrencyIssuance, TotalIssuance } from '../../../src/balances/schema.js';
import type { BoundCall } from '../../../src/dispatch/callDef.js';
import { signed } from '../../../src/dispatch/origin.js';
import { DEFAULT_NETWORK_MIN_LOCK_COST } from '../../../src/genesis/genesisConfig.js';
import { DEV_ACCOUNT_BALANCE, devGenesis, largeSubnetPreset } from '../../../src/genesis/presets.js';
import { Keys, SubnetworkN } from '../../../src/neurons/schema.js';
import { createRuntime } from '../../../src/runtime.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import {
  ImmunityPeriod,
  MaxAllowedUids,
  MaxAllowedValidators,
} from '../../../src/subnets/hyperparameters.js';
import {
  NetworkMinLockCost,
  NetworksAdded,
  SubnetEpochIndex,
  SubnetOwner,
  SubtokenEnabled,
} from '../../../src/subnets/schema.js';
import { SubnetTAO } from '../../../src/swap/schema.js';

const ALICE = accountId(new Uint8Array(32).fill(1));
const BOB = accountId(new Uint8Array(32).fill(2));
const ALICE_HOT = accountId(new Uint8Array(32).fill(11));
const BOB_HOT = accountId(new Uint8Array(32).fill(12));
const NET = netUid(1);

function chain() {
  const runtime = createRuntime();
  const preset = largeSubnetPreset(ALICE, ALICE_HOT);
  const config = {
    ...devGenesis({ accounts: [ALICE, BOB] }),
    network: { adminFreezeWindow: 2 },
    subnets: [{ ...preset, hyperparameters: { ...preset.hyperparameters, tempo: 10 } }],
  };
  const state = new OverlayState(new MemoryBackend(runtime.buildGenesis(config).changes));
  let number = 0;
  const block = (...extrinsics: { origin: ReturnType<typeof signed>; call: BoundCall }[]) =>
    runtime.applyBlock(state, { header: { number: ++number, timestamp: number * 12_000 }, extrinsics });
  return { runtime, state, block };
}

describe('composed runtime: genesis, blocks, block step', () => {
  it('genesis creates root and the 1024-uid / 128-validator subnet, paid from the owner, issuance intact', () => {
    const { state } = chain();
    assert.equal(NetworkMinLockCost.get(state), DEFAULT_NETWORK_MIN_LOCK_COST);
    assert.equal(NetworksAdded.get(state, [netUid(0)]), true);
    assert.equal(NetworksAdded.get(state, [NET]), true);
    assert.equal(SubnetOwner.getOption(state, [NET]), ALICE);
    assert.equal(Keys.getOption(state, [NET, 0]), ALICE_HOT);
    assert.equal(MaxAllowedUids.get(state, [NET]), 1024);
    assert.equal(MaxAllowedValidators.get(state, [NET]), 128);
    assert.equal(SubnetTAO.get(state, [NET]), DEFAULT_NETWORK_MIN_LOCK_COST);
    assert.equal(SubtokenEnabled.get(state, [NET]), true);
    assert.equal(CurrencyIssuance.get(state), 2n * DEV_ACCOUNT_BALANCE);
    assert.equal(TotalIssuance.get(state), 2n * DEV_ACCOUNT_BALANCE);
  });

  it('registers a neuron, lets the owner change a hyperparameter, and runs the epoch on schedule', () => {
    const { state, block } = chain();
    const register: BoundCall = {
      pallet: 'SubtensorModule',
      name: 'burned_register',
      args: { netuid: NET, hotkey: BOB_HOT },
    };
    const immunity: BoundCall = {
      pallet: 'AdminUtils',
      name: 'sudo_set_immunity_period',
      args: { netuid: NET, immunity_period: 50 },
    };
    const first = block({ origin: signed(BOB), call: register }, { origin: signed(ALICE), call: immunity });
    assert.deepEqual(
      first.outcomes.map((o) => [o.ok, o.error?.message]),
      [
        [true, undefined],
        [true, undefined],
      ],
    );
    assert.equal(SubnetworkN.get(state, [NET]), 2);
    assert.equal(ImmunityPeriod.get(state, [NET]), 50);
    for (let i = 0; i < 10; i++) block();
    assert.ok(SubnetEpochIndex.get(state, [NET]) >= 1n, 'the block step ran the epoch');
  });
});
