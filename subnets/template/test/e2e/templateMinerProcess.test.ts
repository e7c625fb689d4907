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
const VALIDATOR = join(import.meta.dirname, '..', '..', 'src', 'validator.ts');

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

  it('is scored by a --no-chain validator process that names it by secret URI', async () => {
    const args = ['--conditions=development', '--import', 'tsx', VALIDATOR, '--hotkey-uri', '//Alice'];
    const validator = spawn(
      process.execPath,
      [...args, '--no-chain', '--miner', `//Bob@127.0.0.1:${port}`, '--block-ms', '100', '--tempo', '3'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
    };
    validator.stdout.on('data', collect);
    validator.stderr.on('data', collect);
    try {
      const paid = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 20_000);
        const check = (): void => {
          if (/chain\.epoch .*incentive="0:0\.000 1:1\.000"/.test(output)) {
            clearTimeout(timer);
            resolve(true);
          }
        };
        validator.stdout.on('data', check);
        validator.stderr.on('data', check);
        validator.once('exit', () => {
          clearTimeout(timer);
          resolve(false);
        });
      });
      assert.ok(paid, `the miner never earned the incentive; validator output:\n${output}`);
    } finally {
      validator.kill('SIGTERM');
    }
  });

  it('exits cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
