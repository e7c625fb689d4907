/**
 * The template miner as a real child process without a chain (what `tao subnet template-miner --no-chain`
 * runs), queried on loopback by our dendrite: it answers Dummy with twice the input, and stops on SIGTERM.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { createDendrite, type Dendrite } from '@taonet/subnet';
import { Dummy } from '../../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const MINER = join(import.meta.dirname, '..', '..', 'src', 'miner.ts');

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
    const timer = setTimeout(() => reject(new Error(`miner did not start in time: ${stderr}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on 127\.0\.0\.1:(\d+) hotkey (\w+)/.exec(stdout);
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

describe('template miner process (no chain)', () => {
  it('answers Dummy with twice the input to any signed request', async () => {
    const target = { ip: '127.0.0.1', port, hotkey: createKeypairFromUri('//Bob').address };
    const answers = await dendrite.query([target, target], Dummy.create({ dummy_input: 21 }), { timeout: 5 });
    assert.deepEqual(answers, [42, 42]);
    const [full] = await dendrite.forward([target], Dummy.create({ dummy_input: -4 }), { timeout: 5 });
    assert.equal(full?.dendrite.statusCode, 200);
    assert.equal(full?.dummy_output, -8);
  });

  it('refuses a request signed for another hotkey (401)', async () => {
    const target = { ip: '127.0.0.1', port, hotkey: createKeypairFromUri('//Charlie').address };
    const [answer] = await dendrite.forward([target], Dummy.create({ dummy_input: 1 }), { timeout: 5 });
    assert.equal(answer?.dendrite.statusCode, 401);
  });

  it('exits cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
