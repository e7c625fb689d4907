import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { initCrypto } from '@taonet/crypto';
import { type Dendrite, type MetagraphSnapshot, parseMinerSpec } from '@taonet/subnet';
import { ForecastRounds } from '../../../src/neurons/forecastRounds.js';
import { parseForecastValidatorArgs } from '../../../src/neurons/validator.js';
import { computeCommitment } from '../../../src/protocol/commitment.js';

/** A metagraph with the hotkeys registered and nobody serving (reveals cannot be asked). */
const metagraph = (hotkeys: string[]): MetagraphSnapshot =>
  ({ hotkeys, axons: hotkeys.map(() => ({ ip: '0.0.0.0', port: 0 })) }) as unknown as MetagraphSnapshot;

function createRounds(block: { now: number }, scores: number[]): ForecastRounds {
  let seed = 0;
  return new ForecastRounds(
    {
      revealAfterBlocks: 2,
      revealGraceBlocks: 2,
      task: { source: 'synthetic', historyLength: 64, horizon: 4 },
    },
    {
      dendrite: { forward: () => Promise.reject(new Error('not used')) } as unknown as Dendrite,
      getBlock: () => Promise.resolve(block.now),
      currentScore: (uid) => scores[uid] ?? 0,
      createSeed: () => `rounds-test-${seed++}`,
    },
  );
}

describe('ForecastRounds', () => {
  it('gives 0 at once for a missing commit and the current score while a task is open', async () => {
    const block = { now: 10 };
    const rounds = createRounds(block, [0, 0.5, 0.25]);
    const synapse = rounds.createSynapse({ step: 0, block: block.now });
    const commit = { task_id: synapse.task_id, commitment: 'c'.repeat(64) };
    const responses = [
      { uid: 1, hotkey: 'a', ok: true, value: commit },
      { uid: 2, hotkey: 'b', ok: false, value: null },
    ];
    const ctx = { step: 0, metagraph: metagraph(['v', 'a', 'b']), signal: new AbortController().signal };
    assert.deepEqual(await rounds.score(responses, ctx), [0.5, 0]);
    assert.deepEqual(rounds.stats.commits, { accepted: 1, no_answer: 1 });
    assert.deepEqual(rounds.book.awaitingReveal(synapse.task_id), ['a']);
  });

  it('settles a task whose miner stopped serving with 0 and folds it in at the next query', async () => {
    const block = { now: 10 };
    const rounds = createRounds(block, [0, 0.5]);
    const first = rounds.createSynapse({ step: 0, block: block.now });
    const ctx = (step: number) => ({
      step,
      metagraph: metagraph(['v', 'a']),
      signal: new AbortController().signal,
    });
    const commit = (taskId: string) => ({ task_id: taskId, commitment: 'c'.repeat(64) });
    await rounds.score([{ uid: 1, hotkey: 'a', ok: true, value: commit(first.task_id) }], ctx(0));
    block.now = 13;
    const second = rounds.createSynapse({ step: 1, block: block.now });
    // The first task's reveal is due; 'a' has no served axon: closed, settled at 0 and handed out now.
    const rewards = await rounds.score(
      [{ uid: 1, hotkey: 'a', ok: true, value: commit(second.task_id) }],
      ctx(1),
    );
    assert.deepEqual(rewards, [0]);
    assert.equal(rounds.stats.settled, 1);
    assert.deepEqual(rounds.stats.reveals, { not_serving: 1 });
  });

  it('takes the mean of the pending scores and survives a save and restore', async () => {
    const block = { now: 5 };
    const rounds = createRounds(block, [0, 0.9]);
    const synapse = rounds.createSynapse({ step: 0, block: block.now });
    const reveal = { task_id: synapse.task_id, point: [1, 2, 3, 4], salt: 'ab'.repeat(16) };
    const value = { task_id: synapse.task_id, commitment: computeCommitment('a', reveal) };
    const ctx = { step: 0, metagraph: metagraph(['v', 'a']), signal: new AbortController().signal };
    await rounds.score([{ uid: 1, hotkey: 'a', ok: true, value }], ctx);
    const copy = createRounds(block, [0, 0.9]);
    copy.restore(JSON.parse(JSON.stringify(rounds.toJSON())));
    assert.deepEqual(copy.book.awaitingReveal(synapse.task_id), ['a']);
    assert.equal(copy.book.recordReveal(reveal, 'a', 8), 'accepted');
    const settled = copy.book.settle(synapse.task_id);
    assert.ok(settled !== undefined && settled.scores[0]!.score > 0);
    assert.equal(copy.takeReward(1, 'a'), 0.9);
    assert.throws(() => copy.restore({ version: 2 }), /forecast validator state/);
  });
});

describe('forecast validator arguments', () => {
  before(() => initCrypto());

  it('parses miners and numbers', () => {
    const args = parseForecastValidatorArgs([
      '--hotkey-uri',
      '//Alice',
      '--no-chain',
      '--miner',
      '//Bob@127.0.0.1:8091',
      '--reveal-after',
      '3',
    ]);
    assert.equal(args.local?.miners.length, 1);
    assert.equal(args.local?.miners[0]?.port, 8091);
    assert.equal(args.revealAfter, 3);
    assert.equal(args.horizon, 24);
    assert.deepEqual(parseMinerSpec('5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty@[::1]:9').ip, '::1');
    assert.throws(
      () => parseForecastValidatorArgs(['--hotkey-uri', '//A', '--no-chain', '--tempo', '0']),
      /--tempo/,
    );
    assert.equal(parseForecastValidatorArgs(['--hotkey-uri', '//A', '--network', 'ws://x:1']).local, null);
    assert.throws(() => parseMinerSpec('nope'), /--miner/);
  });
});
