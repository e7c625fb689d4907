/** The `--no-chain` validator's chain: its subnet, the validator with stake and a permit, the miners' axons. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { netUid } from '@taonet/primitives';
import { createLocalSubnetChain } from '../../../src/index.js';
import { type Keys, loadKeys } from './neuronFixtures.js';

let keys: Keys;
before(async () => {
  keys = await loadKeys();
});

describe('createLocalSubnetChain', () => {
  it('registers the validator (stake, permit) then the miners with their axons served', async () => {
    const chain = createLocalSubnetChain({
      netuid: 3,
      validator: keys.alice,
      miners: [
        { hotkey: keys.bob.address, ip: '127.0.0.1', port: 8091 },
        { hotkey: keys.charlie.address, ip: '::1', port: 8092 },
      ],
    });
    const metagraph = await chain.getMetagraph(netUid(3));
    assert.deepEqual(metagraph.hotkeys, [keys.alice.address, keys.bob.address, keys.charlie.address]);
    assert.deepEqual(metagraph.validatorPermit, [true, false, false]);
    assert.deepEqual(metagraph.stake, [10_000_000_000_000n, 0n, 0n]);
    assert.deepEqual(
      metagraph.axons.map((a) => [a.ip, a.port, a.ipType]),
      [
        ['0.0.0.0', 0, 4],
        ['127.0.0.1', 8091, 4],
        ['::1', 8092, 6],
      ],
    );
  });

  it('has tempo 20, weights every 5 blocks and immunity 100 unless the subnet options say otherwise', async () => {
    const defaults = createLocalSubnetChain({ validator: keys.alice, miners: [] });
    const hparams = await defaults.getHyperparameters(netUid(1));
    assert.equal(hparams.tempo, 20);
    assert.equal(hparams.weightsRateLimit, 5);
    assert.equal(hparams.immunityPeriod, 100);
    const given = createLocalSubnetChain({
      validator: keys.alice,
      miners: [],
      subnet: { tempo: 7, weightsRateLimit: 1 },
    });
    const changed = await given.getHyperparameters(netUid(1));
    assert.deepEqual([changed.tempo, changed.weightsRateLimit, changed.immunityPeriod], [7, 1, 100]);
  });
});
