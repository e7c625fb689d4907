/**
 * The metagraph through `subnetInfo_getMetagraph` against a real node whose subnet 1 holds 256 genesis
 * neurons (64 staked validators, tempo 10): `syncMetagraph`'s one-query path gives the same `Metagraph` as
 * its fallback path (separate queries) at the same block, on subnet 1 after an epoch and on root;
 * `getMetagraphInfo` reads every field or only some.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { initCrypto } from '@taonet/crypto';
import {
  type Client,
  createClient,
  getBestBlock,
  getMetagraphInfo,
  type Metagraph,
  SdkError,
  syncMetagraph,
} from '../../src/index.js';
import { type GenesisNeuronsNode, startGenesisNeuronsNode } from './genesisNeuronsNode.js';

let node: GenesisNeuronsNode;
let client: Client;

before(async () => {
  await initCrypto();
  node = await startGenesisNeuronsNode({ uids: 256 });
  client = createClient({ url: node.url, timeoutMs: 30_000 });
  // past the first epochs of subnet 1 (tempo 10): permits, dividends, emission are set
  const deadline = Date.now() + 30_000;
  while ((await getBestBlock(client)).number < 25 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

after(async () => {
  await client?.close();
  await node?.stop();
});

/** Both paths at one block: own fields and the `--json` form, key order included. */
async function bothPaths(netuid: number): Promise<[Metagraph, Metagraph]> {
  const viaRpc = await syncMetagraph(client, { netuid });
  const viaQueries = await syncMetagraph(client, { netuid, block: viaRpc.blockHash, via: 'queries' });
  assert.deepEqual({ ...viaRpc }, { ...viaQueries });
  assert.equal(JSON.stringify(viaRpc.toJSON()), JSON.stringify(viaQueries.toJSON()));
  return [viaRpc, viaQueries];
}

describe('the metagraph in one query (subnetInfo_getMetagraph)', () => {
  it('syncMetagraph gives the same Metagraph through one query as through the separate queries', async () => {
    const [mg] = await bothPaths(1);
    assert.equal(mg.n, 256);
    assert.ok(mg.block >= 25);
    assert.equal(mg.validatorPermit.filter(Boolean).length, 65); // the owner's uid 0 and the 64 staked
    assert.ok(mg.stake.slice(0, 64).every((stake) => stake > 0n));
    assert.ok(mg.emission.some((emission) => emission > 0n));
    assert.equal(mg.hyperparameters.tempo, 10);
    assert.ok(mg.info.price > 0n);
    assert.deepEqual(await mg.getWeights(), await mg.getWeights());
  });

  it('root too, and an unknown subnet is SUBNET_NOT_FOUND on both paths', async () => {
    const [root] = await bothPaths(0);
    assert.equal(root.netuid, 0);
    for (const via of ['auto', 'queries'] as const) {
      await assert.rejects(
        () => syncMetagraph(client, { netuid: 99, via }),
        (error: unknown) => error instanceof SdkError && error.code === 'SUBNET_NOT_FOUND',
      );
    }
  });

  it('getMetagraphInfo reads every field, or only the requested ones (the rest undefined)', async () => {
    const at = (await syncMetagraph(client, { netuid: 1 })).blockHash;
    const full = (await getMetagraphInfo(client, { netuid: 1, at }))!;
    assert.equal(full.numUids, 256);
    assert.equal(full.hotkeys.length, 256);
    assert.equal(typeof full.alphaIn, 'bigint');
    assert.equal(full.name, 'unknown');
    assert.equal(full.identities.length, 256);
    const some = (await getMetagraphInfo(client, {
      netuid: 1,
      at,
      fields: ['hotkeys', 'price', 'validators'],
    }))!;
    assert.equal(some.netuid, 1);
    assert.deepEqual(some.hotkeys, full.hotkeys);
    assert.equal(some.price, full.price);
    const permitted = full.validatorPermit.flatMap((permit, uid) => (permit ? [uid] : []));
    assert.deepEqual(
      [...(some.validators ?? [])].sort((a, b) => a - b),
      permitted,
    );
    assert.equal(some.alphaIn, undefined);
    assert.equal(some.axons, undefined);
    assert.equal(await getMetagraphInfo(client, { netuid: 99 }), undefined);
  });
});
