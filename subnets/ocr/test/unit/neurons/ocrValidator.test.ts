import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { type MinerResponse, parseMinerSpec, type StepContext } from '@taonet/subnet';
import {
  createOcrTask,
  createOcrValidatorTask,
  type OcrResponse,
  type OcrScore,
  type OcrSynapse,
  type OcrSynapseFields,
  toOcrLine,
} from '../../../src/index.js';
import { parseOcrValidatorArgs } from '../../../src/neurons/validator.js';

type Response = MinerResponse<OcrSynapseFields, OcrResponse | null, string>;
const PAGE = { width: 500, height: 360 };

function contextOf(step: number): StepContext {
  return { step, block: 1, uids: [1, 2, 3, 4], metagraph: {} as never, signal: new AbortController().signal };
}

function responseOf(
  synapse: ReturnType<typeof OcrSynapse.create>,
  uid: number,
  value: OcrResponse | null,
  seconds: number,
  ok = true,
): Response {
  const answered = structuredClone(synapse) as typeof synapse;
  Object.assign(answered, { dendrite: { ...synapse.dendrite, processTime: seconds } });
  return { uid, hotkey: `hk${uid}`, synapse: answered, ok, value };
}

describe('createOcrValidatorTask', () => {
  it('draws a page per step and scores answers against its truth, latency included', async () => {
    const seeds: number[] = [];
    const scored: { uid: number; latencyMs: number; score: OcrScore }[] = [];
    const task = createOcrValidatorTask({
      synthesize: PAGE,
      createSeed: (step) => {
        seeds.push(step);
        return `validator-task-${step}`;
      },
      onScored: ({ uid, latencyMs, score }) => scored.push({ uid, latencyMs, score }),
    });
    const synapse = await task.createSynapse(contextOf(7));
    assert.deepEqual(seeds, [7]);
    assert.equal(synapse.width, PAGE.width);
    assert.equal(synapse.lines, null);
    // the truth as an answer: a perfect read, once fast and once slow
    const truth = createOcrTask('validator-task-7', PAGE).truth;
    const perfect = { lines: truth.lines.map((line) => toOcrLine(line.text, line.quad, 1)) };
    const rewards = await task.score(
      [
        responseOf(synapse, 1, perfect, 0.5),
        responseOf(synapse, 2, perfect, 7),
        responseOf(synapse, 3, null, 0.1),
        responseOf(synapse, 4, perfect, 0.5, false),
      ],
      contextOf(7),
    );
    assert.ok(rewards[0]! > 0.99, `fast perfect ${rewards[0]}`);
    assert.ok(Math.abs(rewards[1]! - 0.9) < 0.01, `slow perfect ${rewards[1]}`);
    assert.deepEqual(rewards.slice(2), [0, 0]);
    assert.deepEqual(
      scored.map(({ uid, latencyMs }) => [uid, latencyMs]),
      [
        [1, 500],
        [2, 7000],
        [3, 100],
        [4, 500],
      ],
    );
  });

  it('refuses to score a step it did not draw, and scores each step once', async () => {
    const task = createOcrValidatorTask({ synthesize: PAGE });
    const synapse = await task.createSynapse(contextOf(1));
    assert.throws(() => task.score([], contextOf(2)), /no OCR task for step 2/);
    assert.deepEqual(await task.score([responseOf(synapse, 1, null, 1)], contextOf(1)), [0]);
    assert.throws(() => task.score([], contextOf(1)), /no OCR task for step 1/);
  });
});

describe('parseOcrValidatorArgs', () => {
  it('reads the miners and options', async () => {
    await initCrypto();
    const args = parseOcrValidatorArgs([
      '--hotkey-uri',
      '//Alice',
      '--no-chain',
      '--miner',
      '//Bob@127.0.0.1:8091',
      '--miner',
      `${createKeypairFromUri('//Charlie').address}@[::1]:8092`,
      '--timeout',
      '6',
    ]);
    assert.equal(args.network, null);
    assert.equal(args.timeout, 6);
    assert.deepEqual(args.local?.miners, [
      { hotkey: createKeypairFromUri('//Bob').address, ip: '127.0.0.1', port: 8091 },
      { hotkey: createKeypairFromUri('//Charlie').address, ip: '::1', port: 8092 },
    ]);
    assert.throws(() => parseMinerSpec('nohost'), /expected <hotkey>@<ip>:<port>/);
    assert.throws(
      () => parseOcrValidatorArgs(['--hotkey-uri', '//A', '--no-chain', '--alpha', '0']),
      /alpha/,
    );
    const onChain = parseOcrValidatorArgs(['--hotkey-uri', '//A', '--network', 'ws://127.0.0.1:9944']);
    assert.equal(onChain.local, null);
    assert.equal(onChain.network, 'ws://127.0.0.1:9944');
  });
});
