import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri } from '@taonet/crypto';
import { netUid } from '@taonet/primitives';
import {
  getAxonTarget,
  getUidOfHotkey,
  type MetagraphSnapshot,
  selectMinerUids,
} from '../../../src/index.js';
import { createTestChain, type Keys, loadKeys, TAO } from './neuronFixtures.js';

let keys: Keys;
let metagraph: MetagraphSnapshot;
before(async () => {
  keys = await loadKeys();
  const chain = createTestChain(keys);
  // uid 4: a permit holder with little stake (still a miner); uid 5: a big validator that serves
  chain.register(1, {
    hotkey: keys.eve.address,
    stake: 10n * TAO,
    validatorPermit: true,
    axon: { ip: '::1', port: 1 },
  });
  chain.register(1, {
    hotkey: createKeypairFromUri('//Ferdie').address,
    stake: 5_000n * TAO,
    validatorPermit: true,
    axon: { ip: '10.0.0.6', port: 1 },
  });
  metagraph = await chain.getMetagraph(netUid(1));
});

const opts = { sampleSize: 50, vpermitTaoLimit: 4_096n * TAO, exclude: new Set([0]) };

describe('selectMinerUids', () => {
  it('keeps serving miners, not itself, not validators above the stake limit', () => {
    assert.deepEqual(selectMinerUids(metagraph, { ...opts, random: () => 0 }).sort(), [1, 2, 4]);
  });

  it('samples without replacement', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 50; i++) {
      const sample = selectMinerUids(metagraph, { ...opts, sampleSize: 2, random });
      assert.equal(sample.length, 2);
      assert.notEqual(sample[0], sample[1]);
      assert.ok(sample.every((uid) => [1, 2, 4].includes(uid)));
    }
    assert.deepEqual(selectMinerUids(metagraph, { ...opts, sampleSize: 0 }), []);
  });

  it('finds uids and axon targets without copying the metagraph', () => {
    assert.equal(getUidOfHotkey(metagraph, keys.charlie.address), 2);
    assert.equal(getUidOfHotkey(metagraph, 'nobody'), null);
    assert.deepEqual(getAxonTarget(metagraph, 1), { ip: '10.0.0.1', port: 8091, hotkey: keys.bob.address });
    assert.equal(getAxonTarget(metagraph, 3), null);
  });
});
