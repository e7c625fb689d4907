/**
 * The template subnet in one process over the local chain: a validator, a good miner, a miner that
 * answers wrong and a registered miner whose axon is down. The miners publish their axons through the
 * chain, the validator queries them over loopback, sets weights and, at the next epoch, the good miner
 * earns all the incentive.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { netUid } from '@taonet/primitives';
import { createLocalChainPort, type LocalChainPort, Miner } from '@taonet/subnet';
import { createTemplateMiner, Dummy, runTemplateValidator, type TemplateValidator } from '../../src/index.js';

let chain: LocalChainPort;
let validator: TemplateValidator;
const miners: Miner[] = [];
const keys: Record<'alice' | 'bob' | 'charlie' | 'dave', Keypair> = {} as never;

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

before(async () => {
  await initCrypto();
  for (const name of ['alice', 'bob', 'charlie', 'dave'] as const)
    keys[name] = createKeypairFromUri(`//${name}`);
  chain = createLocalChainPort();
  chain.addSubnet(1, { tempo: 10, weightsRateLimit: 2, immunityPeriod: 100, servingRateLimit: 0 });
  chain.register(1, { hotkey: keys.alice.address, stake: 10_000n * 10n ** 9n, validatorPermit: true });
  chain.register(1, { hotkey: keys.bob.address });
  chain.register(1, { hotkey: keys.charlie.address });
  chain.register(1, { hotkey: keys.dave.address, axon: { ip: '127.0.0.1', port: await closedPort() } });

  const axon = { port: 0, host: '127.0.0.1' };
  miners.push(createTemplateMiner({ netuid: 1, hotkey: keys.bob, axon }, { chain }));
  const wrong = new Miner({ netuid: 1, hotkey: keys.charlie, axon }, { chain });
  wrong.attach(Dummy, { forward: (synapse) => ({ ...synapse, dummy_output: synapse.dummy_input * 3 }) });
  miners.push(wrong);
  for (const miner of miners) await miner.start();

  validator = await runTemplateValidator({
    netuid: 1,
    hotkey: keys.alice,
    chain,
    timeout: 2,
    stepIntervalMs: 20,
    resyncEveryBlocks: 1,
    movingAverageAlpha: 0.3,
  });
});

after(async () => {
  await validator?.stop();
  for (const miner of miners) await miner.stop();
});

describe('template subnet on the local chain', () => {
  it('weights the good miner and gives the wrong and the unreachable ones nothing', async () => {
    const metagraph = await chain.getMetagraph(netUid(1));
    assert.deepEqual(
      metagraph.axons.slice(1, 3).map((axon) => axon.ip),
      ['127.0.0.1', '127.0.0.1'],
    );
    while (validator.step < 3) await sleep(10);
    for (let i = 0; i < 12; i++) {
      await chain.advance(1);
      await sleep(10);
    }
    const scores = validator.scores;
    assert.ok(scores[1]! > 0.5, `good miner score ${scores[1]}`);
    assert.equal(scores[2], 0);
    assert.equal(scores[3], 0);
    assert.deepEqual(chain.getWeights(1, 0), [[1, 65535]]);
    const after = await chain.getMetagraph(netUid(1));
    assert.deepEqual(after.incentive, [0, 1, 0, 0]);
    assert.ok(after.emission[1]! > 0n);
  });
});
