/**
 * The OCR subnet in one process over the local chain: a validator, a PP-OCRv4 miner and a weak miner that
 * answers random words in random boxes, on loopback axons published through the chain. After three rounds
 * (each a freshly drawn page), the validator's weights go to the real miner, and at the next epoch it earns
 * the incentive; the weak miner earns nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { netUid } from '@taonet/primitives';
import { createLocalChainPort, type LocalChainPort } from '@taonet/subnet';
import {
  type OcrMiner,
  type OcrScore,
  type OcrValidator,
  runOcrMiner,
  runOcrValidator,
} from '../../src/index.js';

const ROUNDS = 3;
let chain: LocalChainPort;
let validator: OcrValidator;
const miners: OcrMiner[] = [];
const scored: { uid: number; latencyMs: number; score: OcrScore }[] = [];
const keys: Record<'alice' | 'bob' | 'charlie', Keypair> = {} as never;

before(async () => {
  await initCrypto();
  for (const name of ['alice', 'bob', 'charlie'] as const) keys[name] = createKeypairFromUri(`//${name}`);
  chain = createLocalChainPort();
  chain.addSubnet(1, { tempo: 10, weightsRateLimit: 2, immunityPeriod: 100, servingRateLimit: 0 });
  chain.register(1, { hotkey: keys.alice.address, stake: 10_000n * 10n ** 9n, validatorPermit: true });
  chain.register(1, { hotkey: keys.bob.address });
  chain.register(1, { hotkey: keys.charlie.address });
  const axon = { port: 0, host: '127.0.0.1', chain, netuid: 1 };
  miners.push(await runOcrMiner({ ...axon, hotkey: keys.bob }));
  miners.push(await runOcrMiner({ ...axon, hotkey: keys.charlie, weak: 'random' }));
  validator = await runOcrValidator({
    netuid: 1,
    hotkey: keys.alice,
    chain,
    concurrentForwards: 0,
    resyncEveryBlocks: 1,
    movingAverageAlpha: 0.5,
    // fixed pages keep the weak miner's guesses (seeded by the task id) the same at every run; on these
    // three its random boxes happen to match nothing (on others one box in a few dozen may score ~0.02)
    task: {
      createSeed: (step) => `ocr-e2e-${step}`,
      onScored: ({ uid, latencyMs, score }) => scored.push({ uid, latencyMs, score }),
    },
  });
});

after(async () => {
  await validator?.stop();
  for (const miner of miners) await miner.stop();
});

describe('OCR subnet on the local chain', () => {
  it('weights the PP-OCRv4 miner and gives the weak miner nothing', async (t) => {
    const metagraph = await chain.getMetagraph(netUid(1));
    assert.deepEqual(
      metagraph.axons.slice(1).map((axon) => `${axon.ip}:${axon.port}`),
      miners.map((miner) => `127.0.0.1:${miner.axon.port}`),
    );
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const report = await validator.runStep();
      assert.deepEqual([...report.uids].sort(), [1, 2]);
      t.diagnostic(
        `round ${round}: ${(performance.now() - started).toFixed(0)} ms, rewards ${report.uids.map((uid, i) => `${uid}:${report.rewards[i]?.toFixed(3)}`).join(' ')}`,
      );
    }
    for (const { uid, latencyMs, score } of scored) {
      t.diagnostic(
        `uid ${uid}: score ${score.score.toFixed(3)} cer ${score.cer.toFixed(3)} box ${score.boxScore.toFixed(3)} ${latencyMs.toFixed(0)} ms`,
      );
      if (uid === 1) assert.ok(score.score > 0.5 && score.cer < 0.2, `real miner ${JSON.stringify(score)}`);
      else assert.equal(score.score, 0, `weak miner ${JSON.stringify(score)}`);
    }
    const scores = validator.scores;
    t.diagnostic(`moving scores ${scores.map((s) => s.toFixed(4)).join(' ')}`);
    assert.ok(scores[1]! > 0.5, `real miner moving score ${scores[1]}`);
    assert.equal(scores[2], 0);

    for (let i = 0; i < 12; i++) {
      await chain.advance(1);
      await sleep(5);
    }
    const weights = new Map(chain.getWeights(1, 0));
    t.diagnostic(`weights ${JSON.stringify([...weights])}`);
    assert.equal(weights.get(1), 65535);
    assert.equal(weights.get(2), undefined, 'the weak miner gets no weight');
    const after = await chain.getMetagraph(netUid(1));
    t.diagnostic(`incentive ${after.incentive.join(' ')}`);
    assert.ok(after.incentive[1]! > 0.99, `incentive ${after.incentive}`);
    assert.equal(after.incentive[2], 0);
    assert.ok(after.emission[1]! > 0n);
  });
});
