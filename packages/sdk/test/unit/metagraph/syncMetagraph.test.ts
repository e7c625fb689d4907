import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountIdToSs58 } from '@taonet/crypto';
import { type AccountId, U64_MAX } from '@taonet/primitives';
import {
  BlockAtRegistration,
  ChildKeys,
  NetworksAdded,
  ParentKeys,
  SdkError,
  syncMetagraph,
  TaoWeight,
  TotalHotkeyAlpha,
  Weights,
} from '../../../src/index.js';
import { createFakeClient } from '../fixtures/fakeTransport.js';

const PIN = `0x${'77'.repeat(32)}`;
const LATER = `0x${'78'.repeat(32)}`;
const keys = [0, 1, 2].map((i) => `0x${String(i + 1).repeat(64)}` as AccountId);
const axon = {
  block: '5',
  version: 1,
  ip: '16909060',
  port: 8091,
  ip_type: 4,
  protocol: 4,
  placeholder1: 0,
  placeholder2: 0,
};
const neuron = (uid: number) => ({
  hotkey: keys[uid],
  coldkey: keys[2],
  uid,
  netuid: 1,
  active: uid === 0,
  axon_info: axon,
  prometheus_info: { block: '0', version: 0, ip: '0', port: 0, ip_type: 0 },
  stake: [[keys[2], String(1000 * (uid + 1))]],
  rank: 1,
  emission: String(10 * uid),
  incentive: 100 * uid,
  consensus: 2,
  trust: 3,
  validator_trust: 65_535 * (1 - uid),
  dividends: 4,
  last_update: String(40 + uid),
  validator_permit: uid === 0,
  pruning_score: 5,
});
/** every hyperparameter 0 except the tempo */
const hyperparams = new Proxy({ tempo: 10 } as Record<string, unknown>, {
  get: (target, key) => target[String(key)] ?? 0,
});

function fakeNode() {
  let best = PIN;
  const { client, transport } = createFakeClient({
    methods: {
      chain_getBlockHash: () => best,
      chain_getHeader: (hash) => ({
        parentHash: PIN,
        number: hash === PIN ? '0x2a' : '0x2b',
        stateRoot: PIN,
        extrinsicsRoot: PIN,
        digest: { logs: [] },
      }),
      neuronInfo_getNeuronsLite: (netuid) => (netuid === 1 ? [neuron(0), neuron(1)] : []),
      subnetInfo_getSubnetHyperparams: (netuid) => (netuid === 1 ? hyperparams : null),
      swap_currentAlphaPrice: () => '1000000000',
    },
  });
  transport.put(NetworksAdded, [1], true);
  transport.put(TaoWeight, [], 1n << 62n); // a quarter
  transport.put(BlockAtRegistration, [1, 0], 3n);
  transport.put(BlockAtRegistration, [1, 1], 9n);
  transport.put(TotalHotkeyAlpha, [keys[0]!, 0], 400n);
  transport.put(Weights, [1, 0], [[1, 65_535]]);
  transport.put(
    Weights,
    [1, 1],
    [
      [0, 7],
      [1, 65_535],
    ],
  );
  return { client, transport, advance: () => (best = LATER) };
}

describe('syncMetagraph', () => {
  it('reads every column at one pinned block, with parallel queries', async () => {
    const { client, transport } = fakeNode();
    const mg = await syncMetagraph(client, { netuid: 1 });
    assert.equal(mg.block, 42);
    assert.equal(mg.blockHash, PIN);
    assert.equal(mg.n, 2);
    assert.deepEqual(mg.uids, [0, 1]);
    assert.deepEqual(mg.hotkeys, [accountIdToSs58(keys[0]!), accountIdToSs58(keys[1]!)]);
    assert.deepEqual(mg.alphaStake, [1000n, 2000n]);
    assert.deepEqual(mg.taoStake, [400n, 0n]);
    assert.deepEqual(mg.stake, [1100n, 2000n]); // alpha + root stake x TaoWeight (1/4)
    assert.deepEqual(mg.incentive, [0, 100]);
    assert.deepEqual(mg.normalized('validatorTrust'), [1, 0]);
    assert.deepEqual(mg.emission, [0n, 10n]);
    assert.deepEqual(mg.lastUpdate, [40, 41]);
    assert.deepEqual(mg.validatorPermit, [true, false]);
    assert.deepEqual(mg.blockAtRegistration, [3n, 9n]);
    assert.equal(mg.axons[0]?.ip, '1.2.3.4');
    assert.equal(mg.hyperparameters.tempo, 10);
    assert.equal(mg.info.price, 1_000_000_000n);
    assert.equal(mg.uidOf(accountIdToSs58(keys[1]!)), 1);
    // every query after the hash names the pinned block (but the probe of subnetInfo_getMetagraph before
    // it, for the best block, which this node does not know)
    const after = transport.calls.filter(
      (c) => c.method !== 'chain_getBlockHash' && c.method !== 'subnetInfo_getMetagraph',
    );
    assert.ok(
      after.every((c) => c.params.includes(PIN)),
      JSON.stringify(after.map((c) => c.method)),
    );
    assert.ok(transport.maxInFlight >= 5, `max in flight ${transport.maxInFlight}`);
    assert.ok(transport.calls.length <= 9, `${transport.calls.length} requests`);
  });

  it('is immutable, reads weights on demand at its block, and sync() gives a new snapshot', async () => {
    const { client, advance } = fakeNode();
    const mg = await syncMetagraph(client, { netuid: 1 });
    assert.ok(Object.isFrozen(mg) && Object.isFrozen(mg.stake));
    assert.throws(() => (mg.stake as bigint[]).push(1n));
    assert.deepEqual(await mg.getWeights(), [
      [0, 65_535],
      [7, 65_535],
    ]);
    advance();
    const next = await mg.sync();
    assert.notEqual(next, mg);
    assert.equal(next.block, 43);
    assert.equal(mg.block, 42);
    const json = mg.toJSON();
    assert.deepEqual(json.stake, ['1100', '2000']);
    assert.equal(json.n, 2);
  });

  it('the fallback applies child/parent delegation to the stake, as the chain does (one more round)', async () => {
    const { client, transport } = fakeNode();
    transport.put(ChildKeys, [keys[0]!, 1], [[U64_MAX / 2n, keys[1]!]]);
    transport.put(ParentKeys, [keys[1]!, 1], [[U64_MAX / 2n, keys[0]!]]);
    transport.put(TotalHotkeyAlpha, [keys[0]!, 1], 1000n); // the parent's own stake, as its neuron row says
    const mg = await syncMetagraph(client, { netuid: 1, via: 'queries' });
    // the numbers of the runtime's stake-weight view for the same stakes (U96F32, floored)
    assert.deepEqual(mg.alphaStake, [500n, 2499n]);
    assert.deepEqual(mg.taoStake, [200n, 199n]);
    assert.deepEqual(mg.stake, [550n, 2548n]);
  });

  it('fails with SUBNET_NOT_FOUND for a subnet that does not exist', async () => {
    const { client } = fakeNode();
    const error = await syncMetagraph(client, { netuid: 9 }).catch((e: unknown) => e);
    assert.ok(error instanceof SdkError);
    assert.equal(error.code, 'SUBNET_NOT_FOUND');
  });
});
