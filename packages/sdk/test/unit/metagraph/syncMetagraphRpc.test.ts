import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountIdToSs58 } from '@taonet/crypto';
import type { AccountId } from '@taonet/primitives';
import { RpcError } from '@taonet/rpc';
import { FakeWebSocket, nextFakeWebSocket } from '@taonet/testing/fakeWebSocket';
import { ConnectionError, createClient, SdkError, syncMetagraph } from '../../../src/index.js';
import { fakeMetagraphJson } from '../fixtures/fakeMetagraph.js';
import { createFakeClient } from '../fixtures/fakeTransport.js';

const PIN = `0x${'77'.repeat(32)}`;
const hot = (i: number) => `0x${String(i + 1).repeat(64)}` as AccountId;
const axon = (port: number) => ({
  block: '5',
  version: 1,
  ip: '16909060',
  port,
  ip_type: 4,
  protocol: 4,
  placeholder1: 0,
  placeholder2: 0,
});

const json = fakeMetagraphJson({
  netuid: 1,
  block: '42',
  tempo: 10,
  symbol: '0xceb1',
  owner_coldkey: hot(2),
  num_uids: 2,
  hotkeys: [hot(0), hot(1)],
  coldkeys: [hot(2), hot(2)],
  identities: [null, null],
  axons: [axon(8091), axon(8092)],
  active: [true, false],
  validator_permit: [true, false],
  pruning_score: [5, 6],
  last_update: ['40', '41'],
  emission: ['0', '10'],
  dividends: [4, 0],
  incentives: [0, 100],
  consensus: [2, 3],
  trust: [3, 4],
  rank: [1, 1],
  validator_trust: [65_535, 0],
  block_at_registration: ['3', '9'],
  alpha_stake: ['1000', '2000'],
  tao_stake: ['400', '0'],
  total_stake: ['1072', '2000'],
  tao_weight: String(1n << 62n),
  price: '1000000000',
  first_emission_block: '7',
});

function fakeNode(getMetagraph: (netuid: unknown) => unknown) {
  return createFakeClient({
    methods: {
      chain_getBlockHash: () => PIN,
      chain_getHeader: () => ({
        parentHash: PIN,
        number: '0x2a',
        stateRoot: PIN,
        extrinsicsRoot: PIN,
        digest: { logs: [] },
      }),
      subnetInfo_getMetagraph: getMetagraph,
    },
  });
}

describe('syncMetagraph through subnetInfo_getMetagraph', () => {
  it('reads every column with one query at the best block, whose hash the answer names', async () => {
    const { client, transport } = fakeNode((netuid) => (netuid === 1 ? { ...json, block_hash: PIN } : null));
    const mg = await syncMetagraph(client, { netuid: 1 });
    assert.deepEqual(
      transport.calls.map((c) => [c.method, c.params]),
      [['subnetInfo_getMetagraph', [1]]],
    );
    assert.equal(mg.block, 42);
    assert.equal(mg.blockHash, PIN);
    assert.deepEqual(mg.uids, [0, 1]);
    assert.deepEqual(mg.hotkeys, [accountIdToSs58(hot(0)), accountIdToSs58(hot(1))]);
    assert.deepEqual(mg.alphaStake, [1000n, 2000n]);
    assert.deepEqual(mg.taoStake, [400n, 0n]);
    assert.deepEqual(mg.stake, [1100n, 2000n]); // alpha + root stake x TaoWeight (1/4), as the fallback
    assert.deepEqual(mg.incentive, [0, 100]);
    assert.deepEqual(mg.normalized('validatorTrust'), [1, 0]);
    assert.deepEqual(mg.lastUpdate, [40, 41]);
    assert.deepEqual(mg.blockAtRegistration, [3n, 9n]);
    assert.equal(mg.axons[1]?.ip, '1.2.3.4');
    assert.equal(mg.axons[1]?.port, 8092);
    assert.equal(mg.hyperparameters.tempo, 10);
    assert.equal(mg.info.price, 1_000_000_000n);
    assert.equal(mg.info.symbol, 'α');
    assert.equal(mg.info.owner, accountIdToSs58(hot(2)));
    assert.equal(mg.info.ownerHotkey, undefined); // the zero account: no owner hotkey
    assert.equal(mg.info.name, '');
    assert.equal(mg.info.started, true);
    assert.equal(mg.info.firstEmissionBlock, 7n);
  });

  it('pins a block number to its hash first; a given hash is asked for as is', async () => {
    const byNumber = fakeNode(() => json);
    const mg = await syncMetagraph(byNumber.client, { netuid: 1, block: 42 });
    assert.deepEqual(
      byNumber.transport.calls.map((c) => [c.method, c.params]),
      [
        ['chain_getBlockHash', [42]],
        ['subnetInfo_getMetagraph', [1, PIN]],
      ],
    );
    assert.equal(mg.blockHash, PIN);
    const other = `0x${'88'.repeat(32)}`;
    const byHash = fakeNode(() => ({ ...json, block_hash: other }));
    assert.equal((await syncMetagraph(byHash.client, { netuid: 1, block: other as never })).blockHash, other);
    assert.deepEqual(
      byHash.transport.calls.map((c) => [c.method, c.params]),
      [['subnetInfo_getMetagraph', [1, other]]],
    );
  });

  it('an answer that does not name its block (an older node): the hash of its block number', async () => {
    const { client, transport } = fakeNode(() => json);
    const mg = await syncMetagraph(client, { netuid: 1 });
    assert.deepEqual(
      transport.calls.map((c) => [c.method, c.params]),
      [
        ['subnetInfo_getMetagraph', [1]],
        ['chain_getBlockHash', [42]],
      ],
    );
    assert.equal(mg.block, 42);
    assert.equal(mg.blockHash, PIN);
  });

  it('a subnet that does not exist is SUBNET_NOT_FOUND', async () => {
    const { client } = fakeNode(() => null);
    const error = await syncMetagraph(client, { netuid: 9 }).catch((e: unknown) => e);
    assert.ok(error instanceof SdkError);
    assert.equal(error.code, 'SUBNET_NOT_FOUND');
    assert.match(error.message, /block 42/);
  });

  it('falls back to the separate queries only when the node does not know the method, once per client', async () => {
    const { client, transport } = createFakeClient({
      methods: { chain_getBlockHash: () => PIN },
    });
    // the fallback's own queries fail on this bare node: what matters is which path ran
    await assert.rejects(() => syncMetagraph(client, { netuid: 1 }));
    await assert.rejects(() => syncMetagraph(client, { netuid: 1 }));
    const asked = transport.calls.filter((c) => c.method === 'subnetInfo_getMetagraph').length;
    assert.equal(asked, 1);
    assert.ok(transport.calls.some((c) => c.method === 'neuronInfo_getNeuronsLite'));

    const failing = fakeNode(() => {
      throw new RpcError(-32000, 'Server busy');
    });
    await assert.rejects(
      () => syncMetagraph(failing.client, { netuid: 1 }),
      (error: unknown) => error instanceof RpcError && error.rpcCode === -32000,
    );
    assert.ok(!failing.transport.calls.some((c) => c.method === 'neuronInfo_getNeuronsLite'));
  });

  it('over a socket: the query is written once the socket opens, and a failed connection is its error', async () => {
    const client = createClient({ url: 'ws://fake', WebSocket: FakeWebSocket, keepAliveMs: 0 });
    const syncing = syncMetagraph(client, { netuid: 1 });
    const socket = await nextFakeWebSocket();
    socket.open();
    await client.whenOpen();
    assert.deepEqual(
      socket.sent.map((m) => [m.method, m.params]),
      [['subnetInfo_getMetagraph', [1]]],
    );
    socket.answer(socket.sent[0]?.id ?? 0, { ...json, block_hash: PIN });
    assert.equal((await syncing).blockHash, PIN);
    await client.close();

    const refused = createClient({ url: 'ws://fake', WebSocket: FakeWebSocket, reconnect: false });
    const failing = syncMetagraph(refused, { netuid: 1 });
    (await nextFakeWebSocket()).fail();
    await assert.rejects(failing, ConnectionError);
    await refused.close();
  });
});
