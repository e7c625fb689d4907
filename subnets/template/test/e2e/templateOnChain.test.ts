/**
 * The template subnet on a real chain: a dev node (`--block-time 250`, subnet 1 at tempo 10), a miner and a
 * validator hotkey registered with `burned_register` and the validator staked, then the two entry scripts
 * spawned as processes in chain mode (`--network`). The miner publishes its axon (`axon served`), the
 * validator finds it in the metagraph, queries it and sets weights; after an epoch the miner's incentive
 * is positive on chain. SIGTERM stops both with exit code 0 and the validator's state saved.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { addStake, burnedRegister, type Client, createClient, syncMetagraph } from '@taonet/sdk';
import { type DevNode, startDevNode } from '@taonet/testing/devNode';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const SRC = join(import.meta.dirname, '..', '..', 'src');
const TAO = 1_000_000_000n;
const NETUID = 1;

interface Neuron {
  child: ChildProcess;
  output: () => string;
  waitFor(pattern: RegExp, timeoutMs: number): Promise<void>;
  stop(): Promise<number | null>;
}

function spawnNeuron(script: string, args: readonly string[]): Neuron {
  const child = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', join(SRC, script), ...args],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const waiter of [...waiters]) waiter();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => text,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(text)) return;
          cleanup();
          resolve();
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`${script}: no ${pattern} within ${timeoutMs} ms:\n${text.slice(-4000)}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        void exited.then(() => {
          if (!pattern.test(text)) {
            cleanup();
            reject(new Error(`${script} exited:\n${text.slice(-4000)}`));
          }
        });
        check();
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

let node: DevNode;
let client: Client;
let stateDir: string;
const neurons: Neuron[] = [];
const keys: Record<string, Keypair> = {};

before(async () => {
  await initCrypto();
  for (const name of ['Alice', 'Charlie', 'TemplateMiner', 'TemplateValidator']) {
    keys[name] = createKeypairFromUri(`//${name}`);
  }
  stateDir = mkdtempSync(join(tmpdir(), 'template-on-chain-'));
  node = await startDevNode(['--block-time', '250']);
  client = createClient({ url: node.url, timeoutMs: 10_000 });
});

after(async () => {
  for (const neuron of neurons) await neuron.stop();
  await client?.close();
  await node?.stop();
  if (stateDir !== undefined) rmSync(stateDir, { recursive: true, force: true });
});

describe('the template subnet on a dev chain', () => {
  it('the validator queries the miner, sets weights, and the miner earns incentive', async () => {
    const miner = keys.TemplateMiner!;
    const validator = keys.TemplateValidator!;
    const { uid: minerUid } = await burnedRegister(client, {
      signer: keys.Charlie!,
      netuid: NETUID,
      hotkey: miner.address,
    });
    await burnedRegister(client, { signer: keys.Alice!, netuid: NETUID, hotkey: validator.address });
    await addStake(client, {
      signer: keys.Alice!,
      hotkey: validator.address,
      netuid: NETUID,
      amount: 1_000n * TAO,
      slippage: false,
    });

    const common = ['--network', node.url, '--netuid', String(NETUID), '--log-format', 'json'];
    const minerProcess = spawnNeuron('miner.ts', [
      ...common,
      '--hotkey-uri',
      '//TemplateMiner',
      '--port',
      '0',
      '--external-ip',
      '127.0.0.1',
      '--state-dir',
      join(stateDir, 'miner'),
    ]);
    neurons.push(minerProcess);
    await minerProcess.waitFor(/"msg":"axon served"/, 30_000);

    const validatorProcess = spawnNeuron('validator.ts', [
      ...common,
      '--hotkey-uri',
      '//TemplateValidator',
      '--state-dir',
      join(stateDir, 'validator'),
      '--step-ms',
      '300',
      '--timeout',
      '5',
    ]);
    neurons.push(validatorProcess);
    await validatorProcess.waitFor(/"msg":"validator.weights_set"/, 60_000);

    const start = Date.now();
    let incentive = 0;
    let axonIp = '';
    while (Date.now() - start < 60_000) {
      const metagraph = await syncMetagraph(client, { netuid: NETUID });
      incentive = metagraph.incentive[minerUid] ?? 0;
      axonIp = metagraph.axons[minerUid]?.ip ?? '';
      if (incentive > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    assert.ok(incentive > 0, `miner incentive ${incentive}\n${validatorProcess.output().slice(-3000)}`);
    assert.equal(axonIp, '127.0.0.2');

    assert.equal(await validatorProcess.stop(), 0);
    assert.equal(await minerProcess.stop(), 0);
    assert.ok(existsSync(join(stateDir, 'validator', 'validator-state.json')));
    assert.match(validatorProcess.output(), /"msg":"validator.stopped"/);
  });
});
