/**
 * The OCR miner entry script as a real child process without a chain, queried on loopback by our
 * dendrite: it reads a synthesized page with PP-OCRv4 and its answer scores high, a request whose PNG does
 * not match its declared size answers 400, and it stops on SIGTERM.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { createDendrite, type Dendrite } from '@taonet/subnet';
import { createOcrTask, OcrSynapse, scoreOcrResponse } from '../../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const MINER = join(import.meta.dirname, '..', '..', 'src', 'neurons', 'miner.ts');

let child: ChildProcess;
let port = 0;
let dendrite: Dendrite;
let stderr = '';

function startMiner(): Promise<number> {
  const args = ['--conditions=development', '--import', 'tsx', MINER, '--hotkey-uri', '//Bob', '--port', '0'];
  child = spawn(process.execPath, [...args, '--host', '127.0.0.1', '--no-chain', '--log-level', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`miner did not start in time: ${stderr}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /ocr miner listening on 127\.0\.0\.1:(\d+) hotkey (\w+)/.exec(stdout);
      if (match !== null) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`miner exited with ${code}: ${stderr}`)));
  });
}

before(async () => {
  await initCrypto();
  dendrite = createDendrite({ keypair: createKeypairFromUri('//Alice') });
  port = await startMiner();
});

after(() => {
  dendrite.close();
  if (child.exitCode === null) child.kill('SIGKILL');
});

describe('OCR miner process (no chain)', () => {
  const target = () => ({ ip: '127.0.0.1', port, hotkey: createKeypairFromUri('//Bob').address });

  it('reads a synthesized page and its answer scores high', async (t) => {
    const task = createOcrTask('ocr-miner-process');
    const [answer] = await dendrite.forward([target()], OcrSynapse.create(task.request), { timeout: 12 });
    assert.equal(answer?.dendrite.statusCode, 200, answer?.dendrite.statusMessage ?? '');
    assert.equal(answer.image_png_b64, task.request.image_png_b64);
    const latencyMs = (answer.dendrite.processTime ?? 0) * 1000;
    const score = scoreOcrResponse(task.truth, { lines: answer.lines }, latencyMs);
    t.diagnostic(`score ${score.score.toFixed(3)} cer ${score.cer.toFixed(3)} in ${latencyMs.toFixed(0)} ms`);
    assert.ok(score.score > 0.5 && score.boxScore > 0.8, JSON.stringify(score));
  });

  it('answers 400 to a page whose PNG does not match its declared size', async () => {
    const { request } = createOcrTask('ocr-miner-process-bad', { width: 300, height: 200 });
    const synapse = OcrSynapse.create({ ...request, width: 301 });
    const [answer] = await dendrite.forward([target()], synapse, { timeout: 12 });
    assert.equal(answer?.dendrite.statusCode, 400, answer?.dendrite.statusMessage ?? '');
    assert.equal(answer.lines, null);
  });

  it('exits cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
