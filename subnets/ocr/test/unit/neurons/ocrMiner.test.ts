import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TaonetError } from '@taonet/primitives';
import {
  createOcrRequest,
  forwardOcr,
  type OcrRecognizer,
  type OcrResponse,
  OcrSynapse,
} from '../../../src/index.js';
import { parseOcrMinerArgs } from '../../../src/neurons/miner.js';

const request = createOcrRequest(new Uint8Array([137, 80, 78, 71]), 40, 30, 'task-1');
const answer: OcrResponse = {
  lines: [
    {
      text: 'Invoice',
      box: [
        [1, 2],
        [30, 2],
        [30, 9],
        [1, 9],
      ],
      confidence: 0.97,
    },
  ],
};

function recognizer(recognize: (request: unknown) => Promise<OcrResponse>): OcrRecognizer {
  return { recognize };
}

describe('forwardOcr', () => {
  it('answers the lines the engine read, from the request fields only', async () => {
    let seen: unknown;
    const engine = recognizer(async (r) => {
      seen = r;
      return answer;
    });
    const out = await forwardOcr(engine, OcrSynapse.create(request));
    assert.deepEqual(out.lines, answer.lines);
    assert.deepEqual(seen, request);
    assert.equal(out.axon.statusCode, null);
  });

  it('maps a bad request to 400 and a full engine to 503, without lines', async () => {
    for (const [code, status] of [
      ['OCR_BAD_REQUEST', 400],
      ['OCR_BUSY', 503],
    ] as const) {
      const engine = recognizer(async () => {
        throw new TaonetError(code, `${code} happened\nsecond line`);
      });
      const out = await forwardOcr(engine, OcrSynapse.create(request));
      assert.equal(out.axon.statusCode, status);
      assert.equal(out.axon.statusMessage, `${code} happened`);
      assert.equal(out.lines, null);
    }
  });

  it('lets other failures through (the axon answers 500)', async () => {
    const engine = recognizer(async () => {
      throw new Error('onnxruntime crashed');
    });
    await assert.rejects(forwardOcr(engine, OcrSynapse.create(request)), /onnxruntime crashed/);
  });
});

describe('parseOcrMinerArgs', () => {
  it('reads the options', () => {
    const opts = parseOcrMinerArgs([
      '--hotkey-uri',
      '//Bob',
      '--port',
      '0',
      '--weak',
      'cached',
      '--threads',
      '2',
      '--no-chain',
    ]);
    assert.equal(opts.axon?.port, 0);
    assert.deepEqual(opts.hotkey, { uri: '//Bob' });
    assert.equal(opts.weak, 'cached');
    assert.deepEqual(opts.engineOpts, { threads: 2 });
    assert.equal(opts.network, null);
    assert.equal(opts.netuid, 1);
  });

  it('refuses bad values', () => {
    const local = ['--no-chain'];
    assert.throws(() => parseOcrMinerArgs(['--port', '1', ...local]), /hotkey-uri/);
    assert.throws(() => parseOcrMinerArgs(['--hotkey-uri', '//B', '--port', '70000', ...local]), /port/);
    assert.throws(() => parseOcrMinerArgs(['--hotkey-uri', '//B', '--weak', 'lazy', ...local]), /weak/);
    assert.throws(
      () => parseOcrMinerArgs(['--hotkey-uri', '//B', '--concurrency', '0', ...local]),
      /concurrency/,
    );
    assert.throws(
      () => parseOcrMinerArgs(['--hotkey-uri', '//B', '--network', 'ws://x:1', ...local]),
      /exclude/,
    );
  });
});
