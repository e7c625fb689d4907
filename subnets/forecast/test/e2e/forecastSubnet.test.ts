/**
 * The forecasting subnet in one process on a local chain: one validator, a trained miner (Holt-Winters),
 * the naive miner, a miner that commits but never reveals and one whose reveals are tampered with, all on
 * loopback axons. After a few rounds of tasks with delayed reveals, the validator's weights on chain rank
 * the trained miner above the naive one and give nothing to the two cheaters.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { netUid } from '@taonet/primitives';
import { createLocalSubnetChain, type LocalChainPort, Miner } from '@taonet/subnet';
import {
  createForecastMinerHandlers,
  type ForecastMiner,
  ForecastRevealSynapse,
  ForecastTaskSynapse,
  type ForecastValidator,
  holtWintersForecaster,
  naiveForecaster,
  RevealBook,
  runForecastMiner,
  runForecastValidator,
  type SettledTask,
} from '../../src/index.js';

const NETUID = 1;
const ROUNDS = 14;

let chain: LocalChainPort;
let validator: ForecastValidator;
const miners: ForecastMiner[] = [];
const cheaters: Miner[] = [];
const settled: SettledTask[] = [];
let keys: Record<'alice' | 'trained' | 'naive' | 'silent' | 'tamper', Keypair>;

/** A miner answering tasks honestly (naive model) whose reveal forward is replaced. */
function createCheater(hotkey: Keypair, reveal: 'withhold' | 'tamper'): Miner {
  const handlers = createForecastMinerHandlers({
    model: naiveForecaster,
    hotkey: hotkey.address,
    revealBook: new RevealBook(),
  });
  return new Miner({ netuid: NETUID, hotkey, axon: { port: 0, host: '127.0.0.1' } }, { chain: null })
    .attach(ForecastTaskSynapse, { forward: handlers.task })
    .attach(ForecastRevealSynapse, {
      forward: (synapse, ctx) => {
        if (reveal === 'withhold') return synapse;
        const honest = handlers.reveal(synapse, ctx);
        return { ...honest, point: honest.point?.map((v) => v + 1) ?? null };
      },
    });
}

before(async () => {
  await initCrypto();
  keys = {
    alice: createKeypairFromUri('//Alice'),
    trained: createKeypairFromUri('//Bob'),
    naive: createKeypairFromUri('//Charlie'),
    silent: createKeypairFromUri('//Dave'),
    tamper: createKeypairFromUri('//Eve'),
  };
  // Axons first (ports are picked by the OS), then the chain that lists them.
  for (const [hotkey, model] of [
    [keys.trained, holtWintersForecaster],
    [keys.naive, 'naive'],
  ] as const) {
    miners.push(await runForecastMiner({ model, hotkey, port: 0, host: '127.0.0.1', noChain: true }));
  }
  cheaters.push(createCheater(keys.silent, 'withhold'), createCheater(keys.tamper, 'tamper'));
  for (const cheater of cheaters) await cheater.start();
  const ports = [...miners.map((m) => m.miner.axon.port), ...cheaters.map((c) => c.axon.port)];
  const hotkeys = [keys.trained, keys.naive, keys.silent, keys.tamper];
  chain = createLocalSubnetChain({
    netuid: NETUID,
    validator: keys.alice,
    miners: hotkeys.map((k, i) => ({ hotkey: k.address, ip: '127.0.0.1', port: ports[i]! })),
    subnet: { tempo: 100, weightsRateLimit: 1 },
  });
  let seed = 0;
  validator = await runForecastValidator({
    netuid: NETUID,
    hotkey: keys.alice,
    chain,
    concurrentForwards: 0,
    movingAverageAlpha: 0.3,
    timeout: 5,
    weightsIntervalBlocks: 1_000,
    rounds: { revealAfterBlocks: 2, revealGraceBlocks: 4, revealTimeout: 5, task: { realShare: 0.2 } },
    createSeed: () => `e2e-forecast-seed-${seed++}`,
    onSettled: (task) => settled.push(task),
  });
});

after(async () => {
  await validator?.stop();
  for (const miner of miners) await miner.stop();
  for (const cheater of cheaters) await cheater.stop();
});

describe('forecast subnet on a local chain', () => {
  it('runs task rounds with delayed reveals and weights the trained miner above the naive one', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      await validator.runStep();
      await chain.advance(1);
    }
    // Two more steps let the last settled scores reach the moving scores.
    for (let round = 0; round < 2; round++) {
      await validator.runStep();
      await chain.advance(3);
    }
    const stats = validator.rounds.stats;
    assert.equal(stats.tasks, ROUNDS + 2);
    assert.ok(stats.settled >= ROUNDS - 2, `settled ${stats.settled}`);
    assert.equal(stats.commits.accepted, 4 * (ROUNDS + 2));
    assert.ok((stats.reveals.withheld ?? 0) >= ROUNDS - 2);
    assert.ok((stats.reveals.commitment_mismatch ?? 0) >= ROUNDS - 2);

    const meanOf = (hotkey: string): number => {
      const scores = settled.flatMap((t) => t.scores.filter((s) => s.hotkey === hotkey).map((s) => s.score));
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    const mean = {
      trained: meanOf(keys.trained.address),
      naive: meanOf(keys.naive.address),
      silent: meanOf(keys.silent.address),
      tamper: meanOf(keys.tamper.address),
    };
    assert.ok(mean.trained > mean.naive + 0.05, JSON.stringify(mean));
    assert.equal(mean.silent, 0);
    assert.equal(mean.tamper, 0);
    for (const task of settled) {
      for (const s of task.scores) {
        const cheater = s.hotkey === keys.silent.address || s.hotkey === keys.tamper.address;
        assert.equal(s.revealed, !cheater);
      }
    }

    // Weights on chain: force a submission now.
    await chain.advance(1_000);
    const own = validator.validator.uid!;
    const weights = new Map(chain.getWeights(NETUID, own));
    const metagraph = await chain.getMetagraph(netUid(NETUID));
    const uidOf = (k: Keypair): number => metagraph.hotkeys.indexOf(k.address as never);
    const w = (k: Keypair): number => weights.get(uidOf(k)) ?? 0;
    assert.equal(w(keys.trained), 65_535);
    assert.ok(w(keys.naive) > 0 && w(keys.naive) < w(keys.trained), `naive ${w(keys.naive)}`);
    assert.equal(w(keys.silent), 0);
    assert.equal(w(keys.tamper), 0);
    console.log(
      `# means ${JSON.stringify(mean)} weights trained ${w(keys.trained)} naive ${w(keys.naive)}` +
        ` scores ${validator.validator.scores.map((s) => s.toFixed(3)).join(' ')}`,
    );
  });
});
