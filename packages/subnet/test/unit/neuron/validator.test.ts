/**
 * The validator loop on the local chain, driven block by block (`await chain.advance()` waits for the
 * validator to handle each block) with steps run by hand and a dendrite stand-in: EMA, normalisation,
 * the weights schedule and rate limit, commit then reveal in the right epoch, uid replacement, state
 * saved and restored, graceful stop.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import {
  type LocalChainPort,
  type LocalSubnetOpts,
  loadValidatorState,
  type NeuronLogger,
  Validator,
  type ValidatorOpts,
} from '../../../src/index.js';
import {
  createEventLog,
  createFakeDendrite,
  createTestChain,
  Double,
  type FakeAnswer,
  type Keys,
  loadKeys,
} from './neuronFixtures.js';

let keys: Keys;
before(async () => {
  keys = await loadKeys();
});

type DoubleFields = (typeof Double)['fields'];

interface Setup {
  chain: LocalChainPort;
  validator: Validator<DoubleFields, number | null, string>;
  events: string[];
}

/** Bob answers right, Charlie wrong (unless `answer` says otherwise). */
function setup(
  opts: {
    subnet?: LocalSubnetOpts;
    chain?: LocalChainPort;
    validator?: Partial<ValidatorOpts<DoubleFields, number | null, string>>;
    answer?: (hotkey: string, x: number) => FakeAnswer;
  } = {},
): Setup {
  const chain = opts.chain ?? createTestChain(keys, opts.subnet);
  const { events, logger } = createEventLog();
  const answer = opts.answer ?? ((hotkey, x) => ({ y: hotkey === keys.bob.address ? 2 * x : 2 * x + 1 }));
  const validator = new Validator(
    {
      netuid: 1,
      hotkey: keys.alice,
      versionKey: 1n,
      concurrentForwards: 0,
      resyncEveryBlocks: 1,
      movingAverageAlpha: 0.5,
      task: {
        createSynapse: ({ step }) => Double.create({ x: step + 1 }),
        score: (responses, { step }) => responses.map((r) => (r.value === 2 * (step + 1) ? 1 : 0)),
      },
      ...opts.validator,
    },
    {
      chain,
      dendrite: createFakeDendrite(keys.alice, answer),
      logger: logger as NeuronLogger,
      random: () => 0,
    },
  );
  return { chain, validator, events };
}

const extrinsicsOf = (chain: LocalChainPort, call: string) =>
  chain.extrinsics.filter((x) => x.call === call).map((x) => ({ block: x.block, ok: x.result.ok }));

describe('Validator', () => {
  it('queries serving miners only and folds rewards into an EMA', async () => {
    const { validator } = setup();
    await validator.start();
    const report = await validator.runStep();
    assert.deepEqual([...report.uids].sort(), [1, 2]);
    assert.deepEqual(validator.scores, [0, 0.5, 0, 0]);
    await validator.runStep();
    assert.deepEqual(validator.scores, [0, 0.75, 0, 0]);
    assert.equal(validator.step, 2);
    await validator.stop();
  });

  it('sets normalised weights once the rate limit allows, then once per interval', async () => {
    const { chain, validator } = setup({
      answer: (hotkey, x) => ({ y: hotkey === keys.dave.address ? 0 : 2 * x }),
    });
    await validator.start();
    await validator.runStep(); // both right
    chain.register(1, { hotkey: keys.eve.address, axon: { ip: '10.0.0.5', port: 1 } });
    await chain.advance(1); // block 2: registered at 1, rate limit 3
    assert.deepEqual(extrinsicsOf(chain, 'set_weights'), []);
    await chain.advance(2); // block 4
    assert.deepEqual(extrinsicsOf(chain, 'set_weights'), [{ block: 4, ok: true }]);
    assert.deepEqual(chain.getWeights(1, 0), [
      [1, 65535],
      [2, 65535],
    ]);
    await chain.advance(9); // block 13: the interval (tempo 10) is not over
    assert.equal(extrinsicsOf(chain, 'set_weights').length, 1);
    await chain.advance(1);
    assert.deepEqual(extrinsicsOf(chain, 'set_weights').at(-1), { block: 14, ok: true });
    await validator.stop();
  });

  it('gives a miner that answers wrong or not at all no weight', async () => {
    const { chain, validator } = setup({
      answer: (hotkey, x) => (hotkey === keys.bob.address ? { y: 2 * x } : { status: 408 }),
    });
    await validator.start();
    await validator.runStep();
    await validator.runStep();
    await chain.advance(3);
    assert.deepEqual(chain.getWeights(1, 0), [[1, 65535]]);
    await validator.stop();
  });

  it('does not submit with a version key below the subnet one, or without a permit', async () => {
    const { chain, validator, events } = setup({ subnet: { weightsVersion: 5n } });
    await validator.start();
    await validator.runStep();
    await chain.advance(5);
    assert.deepEqual(extrinsicsOf(chain, 'set_weights'), []);
    assert.ok(events.includes('validator.version_key_too_low'));
    await validator.stop();

    const other = setup();
    other.chain.setStake(1, keys.alice.address, 1n, false);
    await other.validator.start();
    await other.validator.runStep();
    await other.chain.advance(5);
    assert.deepEqual(extrinsicsOf(other.chain, 'set_weights'), []);
    assert.ok(other.events.includes('validator.no_validator_permit'));
    await other.validator.stop();
  });

  it('commits, then reveals in epoch commit_epoch + period and not before', async () => {
    const { chain, validator } = setup({
      subnet: { commitRevealWeightsEnabled: true, commitRevealPeriod: 1 },
    });
    await validator.start();
    await validator.runStep();
    await chain.advance(3); // block 4, epoch 0
    assert.deepEqual(extrinsicsOf(chain, 'commit_weights'), [{ block: 4, ok: true }]);
    assert.equal(validator.weights.pendingCommits[0]?.commitEpoch, 0);
    await chain.advance(6); // block 10: still epoch 0
    assert.deepEqual(extrinsicsOf(chain, 'reveal_weights'), []);
    assert.deepEqual(chain.getWeights(1, 0), []);
    await chain.advance(1); // block 11: epoch 1
    assert.deepEqual(extrinsicsOf(chain, 'reveal_weights'), [{ block: 11, ok: true }]);
    assert.deepEqual(chain.getWeights(1, 0), [[1, 65535]]);
    assert.deepEqual(validator.weights.pendingCommits, []);
    await chain.advance(3); // block 14: next commit, revealed at block 21
    assert.deepEqual(extrinsicsOf(chain, 'commit_weights').at(-1), { block: 14, ok: true });
    await chain.advance(7);
    assert.deepEqual(extrinsicsOf(chain, 'reveal_weights').at(-1), { block: 21, ok: true });
    await validator.stop();
  });

  it('resets the score of a uid whose neuron was replaced', async () => {
    const { chain, validator, events } = setup();
    await validator.start();
    await validator.runStep();
    assert.equal(validator.scores[1], 0.5);
    chain.register(1, { hotkey: keys.eve.address, replaceUid: 1, axon: { ip: '10.0.0.5', port: 1 } });
    await chain.advance(1);
    assert.deepEqual(validator.scores, [0, 0, 0, 0]);
    assert.ok(events.includes('validator.uid_replaced'));
    await validator.stop();
  });

  it('saves and restores its state, forgetting uids re-registered while it was down', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'validator-state-'));
    const answer = (_hotkey: string, x: number) => ({ y: 2 * x });
    const first = setup({ validator: { stateDir }, answer });
    await first.validator.start();
    await first.validator.runStep();
    await first.validator.runStep();
    await first.validator.stop();
    const saved = await loadValidatorState(stateDir);
    assert.equal(saved?.step, 2);
    assert.deepEqual(saved?.scores, [0, 0.75, 0.75, 0]);

    first.chain.register(1, { hotkey: keys.eve.address, replaceUid: 2, axon: { ip: '10.0.0.5', port: 1 } });
    const second = setup({ chain: first.chain, validator: { stateDir }, answer });
    await second.validator.start();
    assert.equal(second.validator.step, 2);
    assert.deepEqual(second.validator.scores, [0, 0.75, 0, 0]);
    await second.validator.stop();
  });

  it('drops a commit whose reveal epoch passed while it was down', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'validator-state-'));
    const subnet = { commitRevealWeightsEnabled: true, commitRevealPeriod: 1 };
    const first = setup({ subnet, validator: { stateDir } });
    await first.validator.start();
    await first.validator.runStep();
    await first.chain.advance(3);
    await first.validator.stop();
    assert.equal((await loadValidatorState(stateDir))?.pendingCommits.length, 1);

    await first.chain.advance(20); // epoch 2: the commit of epoch 0 expired
    const second = setup({ chain: first.chain, validator: { stateDir } });
    await second.validator.start();
    assert.equal(second.validator.weights.pendingCommits.length, 1);
    await second.chain.advance(1);
    assert.ok(second.events.includes('validator.commit_expired'));
    assert.deepEqual(extrinsicsOf(second.chain, 'reveal_weights'), []);
    await second.validator.stop();
  });

  it('runs its step loop in the background and stops without waiting for the pause', async () => {
    const { validator } = setup({ validator: { concurrentForwards: 1, stepIntervalMs: 60_000 } });
    await validator.start();
    while (validator.step === 0) await new Promise((resolve) => setImmediate(resolve));
    const started = performance.now();
    await validator.stop();
    assert.ok(performance.now() - started < 1_000);
    assert.equal(validator.step, 1);
  });

  it('refuses to start with an unregistered hotkey', async () => {
    const { validator } = setup({ validator: { hotkey: keys.eve } });
    await assert.rejects(validator.start(), { code: 'NOT_REGISTERED' });
  });
});
