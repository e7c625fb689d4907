/**
 * The miner on loopback with a real axon and dendrite: the metagraph decides who gets through (403 for
 * unregistered hotkeys, optionally for non-validators), the axon is published once, no chain serves all.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Keypair } from '@taonet/crypto';
import { netUid } from '@taonet/primitives';
import { createDendrite, type Dendrite, Miner } from '../../../src/index.js';
import { createEventLog, createTestChain, Double, type Keys, loadKeys } from './neuronFixtures.js';

let keys: Keys;
const dendrites: Dendrite[] = [];
before(async () => {
  keys = await loadKeys();
});
after(() => {
  for (const dendrite of dendrites) dendrite.close();
});

function ask(miner: Miner, caller: Keypair) {
  const dendrite = createDendrite({ keypair: caller });
  dendrites.push(dendrite);
  const target = { ip: '127.0.0.1', port: miner.axon.port, hotkey: miner.hotkey.address };
  return dendrite.call(target, Double.create({ x: 21 }), { timeout: 5 });
}

function createMiner(chain: ReturnType<typeof createTestChain> | null, extra = {}) {
  const { events, logger } = createEventLog();
  const miner = new Miner(
    { netuid: 1, hotkey: keys.bob, axon: { port: 0, host: '127.0.0.1' }, ...extra },
    { chain, logger },
  );
  miner.attach(Double, { forward: (synapse) => ({ ...synapse, y: synapse.x * 2 }) });
  return { miner, events };
}

describe('Miner', () => {
  it('serves registered hotkeys and refuses others with 403', async () => {
    const chain = createTestChain(keys);
    const { miner } = createMiner(chain);
    await miner.start();
    try {
      const ok = await ask(miner, keys.alice);
      assert.equal(ok.dendrite.statusCode, 200);
      assert.equal(ok.y, 42);
      const stranger = await ask(miner, keys.eve);
      assert.equal(stranger.dendrite.statusCode, 403);
      assert.match(stranger.dendrite.statusMessage ?? '', /not registered/);
    } finally {
      await miner.stop();
    }
  });

  it('with requireValidatorPermit refuses registered non-validators', async () => {
    const chain = createTestChain(keys);
    const { miner } = createMiner(chain, { requireValidatorPermit: true });
    await miner.start();
    try {
      assert.equal((await ask(miner, keys.alice)).dendrite.statusCode, 200);
      assert.equal((await ask(miner, keys.charlie)).dendrite.statusCode, 403);
    } finally {
      await miner.stop();
    }
  });

  it('publishes its axon on start, and not again when the chain already shows it', async () => {
    const chain = createTestChain(keys);
    const { miner } = createMiner(chain);
    await miner.start();
    const port = miner.axon.port;
    await miner.stop();
    const axon = (await chain.getMetagraph(netUid(1))).axons[1]!;
    assert.deepEqual([axon.ip, axon.port], ['127.0.0.1', port]);
    const serves = () => chain.extrinsics.filter((x) => x.call === 'serve_axon').length;
    assert.equal(serves(), 1);

    const { miner: again, events } = createMiner(chain, { axon: { port, host: '127.0.0.1' } });
    await again.start();
    await again.stop();
    assert.equal(serves(), 1);
    assert.ok(events.includes('miner.axon_already_served'));
  });

  it('resyncs the metagraph on new blocks: a newly registered caller gets through', async () => {
    const chain = createTestChain(keys);
    const { miner } = createMiner(chain, { resyncEveryBlocks: 2 });
    await miner.start();
    try {
      assert.equal((await ask(miner, keys.eve)).dendrite.statusCode, 403);
      chain.register(1, { hotkey: keys.eve.address });
      await chain.advance(2);
      assert.equal((await ask(miner, keys.eve)).dendrite.statusCode, 200);
    } finally {
      await miner.stop();
    }
  });

  it('without a chain serves every signed request', async () => {
    const { miner } = createMiner(null);
    await miner.start();
    try {
      assert.equal(miner.uid, null);
      assert.equal((await ask(miner, keys.eve)).y, 42);
    } finally {
      await miner.stop();
    }
  });

  it('refuses to start when its hotkey is not registered', async () => {
    const chain = createTestChain(keys);
    const miner = new Miner({ netuid: 1, hotkey: keys.eve, axon: { port: 0 } }, { chain });
    await assert.rejects(miner.start(), { code: 'NOT_REGISTERED' });
  });
});
