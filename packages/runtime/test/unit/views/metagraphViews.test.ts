import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountId, netUid, U64_MAX } from '@taonet/primitives';
import fc from 'fast-check';
import { AlphaDividendsPerSubnet } from '../../../src/coinbase/schema.js';
import {
  Emission,
  Incentive,
  Keys,
  LastUpdate,
  Owner,
  SubnetworkN,
  ValidatorPermit,
  ValidatorTrust,
} from '../../../src/neurons/schema.js';
import { Axons } from '../../../src/serving/schema.js';
import { getAxonInfo } from '../../../src/serving/views.js';
import { ChildKeys, ParentKeys, TaoWeight, TotalHotkeyAlpha } from '../../../src/staking/schema.js';
import { getStakeWeightsForNetwork } from '../../../src/staking/stakeWeights.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { Kappa, StakeThreshold } from '../../../src/subnets/hyperparameters.js';
import {
  BlocksSinceLastStep,
  NetworksAdded,
  SubnetOwner,
  SubnetOwnerHotkey,
  Tempo,
  TokenSymbol,
} from '../../../src/subnets/schema.js';
import { storageIndexOf } from '../../../src/subtensor/subtensorStorage.js';
import { BlockNumber } from '../../../src/system/schema.js';
import { getAllMetagraphs, getMetagraph, METAGRAPH_FIELDS } from '../../../src/views/metagraph.js';
import { getSelectiveMetagraph, SELECTIVE_METAGRAPH_FIELDS } from '../../../src/views/selectiveMetagraph.js';
import { getSubnetHyperparams } from '../../../src/views/subnetHyperparams.js';

const NET = netUid(2);
const ROOT = netUid(0);
const hot = (seed: number) => accountId(new Uint8Array(32).fill(seed));
const COLD = hot(100);
const OWNER = hot(101);

/** Subnet 2 with 3 uids: uid 0 gives half its stake to uid 1 as a child key; uids 0 and 2 are permitted. */
function chain() {
  const state = new OverlayState(new MemoryBackend());
  for (const n of [ROOT, NET]) NetworksAdded.set(state, [n], true);
  BlockNumber.set(state, 77);
  SubnetOwner.set(state, [NET], OWNER);
  SubnetOwnerHotkey.set(state, [NET], OWNER);
  TokenSymbol.set(state, [NET], new TextEncoder().encode('β'));
  Tempo.set(state, [NET], 10);
  Kappa.set(state, [NET], 123);
  BlocksSinceLastStep.set(state, [NET], 4n);
  SubnetworkN.set(state, [NET], 3);
  for (const uid of [0, 1, 2]) {
    Keys.set(state, [NET, uid], hot(uid + 1));
    Owner.set(state, [hot(uid + 1)], COLD);
    TotalHotkeyAlpha.set(state, [hot(uid + 1), NET], BigInt(1000 * (uid + 1)));
  }
  TotalHotkeyAlpha.set(state, [hot(3), ROOT], 4000n);
  TaoWeight.set(state, U64_MAX / 4n);
  ChildKeys.set(state, [hot(1), NET], [[U64_MAX / 2n, hot(2)]]);
  ParentKeys.set(state, [hot(2), NET], [[U64_MAX / 2n, hot(1)]]);
  ValidatorPermit.set(state, [NET], [true, false, true]);
  ValidatorTrust.set(state, [NET], [65_535]); // shorter than n: the rest reads 0
  Emission.set(state, [NET], [5n, 6n, 7n]);
  Incentive.set(state, [storageIndexOf(NET, 0)], [0, 1, 2]);
  LastUpdate.set(state, [storageIndexOf(NET, 0)], [9n, 8n, 7n]);
  AlphaDividendsPerSubnet.set(state, [NET, hot(3)], 11n);
  Axons.set(state, [NET, hot(1)], {
    block: 3n,
    version: 1,
    ip: 2130706433n,
    port: 8091,
    ip_type: 4,
    protocol: 4,
    placeholder1: 0,
    placeholder2: 0,
  });
  return state;
}

describe('metagraph views', () => {
  it('getMetagraph reads the whole subnet in uid columns; a missing subnet is undefined', () => {
    const state = chain();
    const mg = getMetagraph(state, NET)!;
    assert.deepEqual(Object.keys(mg), METAGRAPH_FIELDS);
    assert.equal(mg.netuid, 2);
    assert.equal(new TextDecoder().decode(mg.name), 'unknown');
    assert.equal(new TextDecoder().decode(mg.symbol), 'β');
    assert.equal(mg.block, 77n);
    assert.equal(mg.owner_coldkey, OWNER);
    assert.equal(mg.blocks_since_last_step, 4n);
    assert.equal(mg.num_uids, 3);
    assert.deepEqual(mg.hotkeys, [hot(1), hot(2), hot(3)]);
    assert.deepEqual(mg.coldkeys, [COLD, COLD, COLD]);
    assert.deepEqual(mg.identities, [null, null, null]);
    assert.equal(mg.axons[0]?.port, 8091);
    assert.equal(mg.axons[1]?.port, 0);
    assert.deepEqual(mg.validator_permit, [true, false, true]);
    assert.deepEqual(mg.active, [false, false, false]);
    assert.deepEqual(mg.validator_trust, [65_535, 0, 0]);
    assert.deepEqual(mg.emission, [5n, 6n, 7n]);
    assert.deepEqual(mg.incentives, [0, 1, 2]);
    assert.deepEqual(mg.last_update, [9n, 8n, 7n]);
    assert.deepEqual(mg.block_at_registration, [0n, 0n, 0n]);
    assert.deepEqual(mg.alpha_dividends_per_hotkey, [
      [hot(1), 0n],
      [hot(2), 0n],
      [hot(3), 11n],
    ]);
    assert.deepEqual(
      mg.tao_dividends_per_hotkey.map(([, v]) => v),
      [0n, 0n, 0n],
    );
    assert.equal(mg.tao_weight, U64_MAX / 4n);
    assert.equal(getMetagraph(state, netUid(9)), undefined);
  });

  it('reports the inherited stake Yuma reads (child keys applied) and the subnet hyperparameters', () => {
    const state = chain();
    const mg = getMetagraph(state, NET)!;
    // uid 0 delegates half of its 1000 alpha to uid 1 (proportions floor in U96F32)
    assert.deepEqual(mg.alpha_stake, [500n, 2499n, 3000n]);
    assert.deepEqual(mg.tao_stake, [0n, 0n, 4000n]);
    const weights = getStakeWeightsForNetwork(state, NET);
    assert.deepEqual(mg.alpha_stake, weights.alpha);
    assert.equal(mg.total_stake[2], 3000n + 999n); // 4000 x 1/4, floored
    const hyper = getSubnetHyperparams(state, NET)!;
    for (const [field, value] of Object.entries(hyper)) {
      if (field in mg) assert.deepEqual(mg[field as keyof typeof mg], value, field);
    }
    assert.equal(mg.kappa, 123);
  });

  it('getAllMetagraphs lists every subnet ascending, root included', () => {
    const all = getAllMetagraphs(chain());
    assert.deepEqual(
      all.map((mg) => [mg.netuid, new TextDecoder().decode(mg.name)]),
      [
        [0, 'root'],
        [2, 'unknown'],
      ],
    );
  });

  it('a selective metagraph fills exactly the requested fields, each equal to the full one', () => {
    const state = chain();
    const full = getMetagraph(state, NET)! as unknown as Record<string, unknown>;
    fc.assert(
      fc.property(fc.subarray([...METAGRAPH_FIELDS]), (fields) => {
        const some = getSelectiveMetagraph(state, NET, fields)! as unknown as Record<string, unknown>;
        assert.deepEqual(Object.keys(some), SELECTIVE_METAGRAPH_FIELDS);
        for (const field of SELECTIVE_METAGRAPH_FIELDS) {
          const expected = field === 'netuid' || fields.includes(field as never) ? full[field] : undefined;
          assert.deepEqual(some[field], expected, field);
        }
      }),
      { numRuns: 60 },
    );
    assert.equal(getSelectiveMetagraph(state, netUid(9), ['hotkeys']), undefined);
  });

  it('validators: permitted uids above the stake threshold, ascending by stake weight', () => {
    const state = chain();
    assert.deepEqual(getSelectiveMetagraph(state, NET, ['validators'])?.validators, [0, 2]);
    StakeThreshold.set(state, 600n);
    assert.deepEqual(getSelectiveMetagraph(state, NET, ['validators'])?.validators, [2]);
    assert.deepEqual(getSelectiveMetagraph(state, NET, ['commitments'])?.commitments, []);
  });

  it('axons and alpha dividends (one key scan, then reads of the hotkeys found) equal a read per hotkey', () => {
    const axon = (port: number) => ({ ...getAxonInfo(chain(), NET, hot(9)), block: 1n, port });
    const entry = fc.record({ seed: fc.integer({ min: 1, max: 8 }), net: fc.constantFrom(NET, netUid(3)) });
    const entries = fc.array(fc.tuple(entry, fc.nat({ max: 65_535 }), fc.boolean()), { maxLength: 12 });
    fc.assert(
      fc.property(entries, fc.constantFrom(0, 3, 6), (written, n) => {
        // committed entries under the overlay, some of them removed or rewritten above it
        const base = chain();
        SubnetworkN.set(base, [NET], n);
        for (let uid = 0; uid < n; uid++) Keys.set(base, [NET, uid], hot(uid + 1));
        const state = new OverlayState(new MemoryBackend(base.takeChanges()));
        for (const [{ seed, net }, value, remove] of written) {
          if (remove) {
            Axons.remove(state, [net, hot(seed)]);
            AlphaDividendsPerSubnet.remove(state, [net, hot(seed)]);
          } else {
            Axons.set(state, [net, hot(seed)], axon(value));
            AlphaDividendsPerSubnet.set(state, [net, hot(seed)], BigInt(value));
          }
        }
        const mg = getMetagraph(state, NET)!;
        assert.deepEqual(
          mg.axons,
          mg.hotkeys.map((hotkey) => getAxonInfo(state, NET, hotkey)),
        );
        assert.deepEqual(
          mg.alpha_dividends_per_hotkey,
          mg.hotkeys.map((hotkey) => [hotkey, AlphaDividendsPerSubnet.get(state, [NET, hotkey])]),
        );
      }),
      { numRuns: 100 },
    );
  });
});
