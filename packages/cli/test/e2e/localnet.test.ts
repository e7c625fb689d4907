/**
 * The whole localnet, as a newcomer runs it: `tao localnet up` (a real dev node with 1-second blocks and
 * tempo 10, both subnets created through the SDK, 12 neuron processes: OCR miners reading pages with
 * PP-OCRv4, forecasting miners training their models), watched from another process with `tao localnet
 * status --json` until each subnet has had 3 epochs with weights set, then checked on chain: every good
 * miner earns more incentive than its subnet's weak miner, the validators earn dividends, at an epoch each
 * neuron's stake grows by the alpha emitted to it, and the issuance grows by exactly the block
 * emission. `tao localnet down` then stops every process and the `up` process exits cleanly.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { initCrypto } from '@taonet/crypto';
import {
  type Client,
  createClient,
  getBlockHash,
  getDynamicInfo,
  getNeuronsLite,
  getTotalIssuance,
} from '@taonet/sdk';
import { localnetStatusSchema } from '../../src/commands/localnet/localnetSchemas.js';
import type { LocalnetStatus, SubnetStatus } from '../../src/localnet/collectLocalnetStatus.js';
import { localnetPaths } from '../../src/localnet/localnetPlan.js';
import { type LocalnetState, readLocalnetState } from '../../src/localnet/localnetState.js';
import { isAlive } from '../../src/localnet/processSupervisor.js';
import { successEnvelopeSchema } from '../../src/output/jsonEnvelope.js';
import { checkSchema } from '../../src/output/schema.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'tao.js');
const TEMPO = 10;
const BUDGET_MS = 240_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function run(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** Whether a subnet shows what the test waits for: 3 epochs, good miners above the weak one, dividends. */
function settled(subnet: SubnetStatus): boolean {
  const miners = subnet.neurons.filter((n) => n.role === 'miner');
  const weak = miners.find((n) => n.weak);
  const good = miners.filter((n) => !n.weak);
  const validators = subnet.neurons.filter((n) => n.role === 'validator');
  return (
    subnet.epochs >= 3 &&
    weak !== undefined &&
    good.length === 3 &&
    good.every((n) => n.incentive > weak.incentive) &&
    validators.some((n) => n.dividends > 0)
  );
}

describe('tao localnet (e2e: node, both subnets, 12 neuron processes)', () => {
  let dir = '';
  let env: NodeJS.ProcessEnv = {};
  let up: ChildProcess | undefined;
  let upExit: Promise<number | null> = Promise.resolve(null);
  let upOutput = '';
  let state: LocalnetState | undefined;
  let client: Client | undefined;
  let last: LocalnetStatus | undefined;

  const logTails = async () => {
    const parts: string[] = [`--- tao localnet up ---\n${upOutput.slice(-3000)}`];
    for (const p of state?.processes ?? []) {
      const text = await readFile(p.log, 'utf8').catch(() => '');
      parts.push(`--- ${p.id} ---\n${text.split('\n').slice(-6).join('\n')}`);
    }
    return parts.join('\n');
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tao-localnet-e2e-'));
    env = { ...process.env, HOME: dir, NO_COLOR: '1', TAO_LOCALNET_DIR: join(dir, 'net') };
    const args = [
      'localnet',
      'up',
      '--rpc-port',
      '0',
      '--axon-base-port',
      '0',
      '--tempo',
      String(TEMPO),
      '--no-explorer',
    ];
    up = spawn(process.execPath, [BIN, ...args, '--ocr-step', '8', '--status-every', '0'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    up.stdout?.on('data', (chunk) => (upOutput += chunk));
    up.stderr?.on('data', (chunk) => (upOutput += chunk));
    upExit = new Promise((resolve) => up?.on('exit', (code) => resolve(code)));
    const stateFile = localnetPaths(join(dir, 'net')).stateFile;
    const deadline = Date.now() + 120_000;
    while (state === undefined && Date.now() < deadline && up.exitCode === null) {
      await sleep(500);
      state = await readLocalnetState(stateFile).catch(() => undefined);
    }
    assert.ok(state !== undefined, `the localnet did not come up:\n${upOutput}`);
    await initCrypto();
    client = createClient({ url: state.rpc, timeoutMs: 20_000 });
  });

  after(async () => {
    await client?.close();
    if (up !== undefined && up.exitCode === null) {
      up.kill('SIGTERM');
      await upExit;
    }
    for (const p of state?.processes ?? []) if (isAlive(p.pid)) process.kill(-p.pid, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('runs until each subnet has had 3 epochs: good miners above the weak one, validators earn dividends', async () => {
    const deadline = Date.now() + BUDGET_MS;
    while (Date.now() < deadline) {
      const status = await run(['localnet', 'status', '--json'], env);
      assert.equal(status.code, 0, status.err);
      const parsed = JSON.parse(status.out) as { data: LocalnetStatus };
      assert.deepEqual(checkSchema(successEnvelopeSchema(localnetStatusSchema), parsed), []);
      last = parsed.data;
      if (last.subnets.every(settled)) break;
      await sleep(4_000);
    }
    assert.ok(last !== undefined);
    for (const subnet of last.subnets) {
      assert.ok(subnet.epochs >= 3, `${subnet.name}: ${subnet.epochs} epochs`);
      assert.ok(
        settled(subnet),
        `${subnet.name} did not settle:\n${JSON.stringify(subnet, null, 1)}\n${await logTails()}`,
      );
    }
  });

  it("grows each neuron's stake by the alpha emitted to it at an epoch", async () => {
    assert.ok(client !== undefined && state !== undefined);
    for (const subnet of state.subnets) {
      const info = await getDynamicInfo(client, { netuid: subnet.netuid });
      const epochBlock = Number(info?.lastStep ?? 0n);
      assert.ok(epochBlock > 1);
      const [prior = [], next = []] = await Promise.all(
        [epochBlock - 1, epochBlock].map(async (number) =>
          getNeuronsLite(client!, { netuid: subnet.netuid, at: await getBlockHash(client!, { number }) }),
        ),
      );
      const members = subnet.neurons.filter((n) => n.role !== 'owner');
      let emitted = 0n;
      for (const member of members) {
        const was = prior.find((n) => n.hotkey === member.hotkey);
        const is = next.find((n) => n.hotkey === member.hotkey);
        assert.ok(was !== undefined && is !== undefined, member.id);
        // the epoch's Emission entry and the stake credits are rounded to rao separately: 2 rao at most apart
        const gap = is.stake - was.stake - is.emission;
        assert.ok(gap >= -2n && gap <= 2n, `${subnet.name} ${member.id} at ${epochBlock}: ${gap} rao apart`);
        emitted += is.emission;
      }
      assert.ok(emitted > 0n, `${subnet.name}: no alpha emitted at block ${epochBlock}`);
    }
  });

  it('grows the issuance by exactly the block emission', async () => {
    assert.ok(client !== undefined && last !== undefined);
    const end = last.block;
    const start = end - 2 * TEMPO;
    const issuanceAt = async (number: number) =>
      (await getTotalIssuance(client!, { at: await getBlockHash(client!, { number }) })).subtensorIssuance;
    const [first, final] = await Promise.all([issuanceAt(start), issuanceAt(end)]);
    assert.equal(final - first, BigInt(end - start) * BigInt(last.blockEmissionRao));
  });

  it('`tao localnet down` stops every process and `up` exits cleanly', async () => {
    assert.ok(state !== undefined);
    const down = await run(['localnet', 'down', '--json'], env);
    assert.equal(down.code, 0, down.err);
    assert.equal((JSON.parse(down.out) as { data: { wasRunning: boolean } }).data.wasRunning, true);
    assert.equal(await upExit, 0, upOutput.slice(-2000));
    for (const p of state.processes) assert.equal(isAlive(p.pid), false, `${p.id} still runs`);
    assert.equal(await readLocalnetState(localnetPaths(join(dir, 'net')).stateFile), undefined);
    const status = await run(['localnet', 'status'], env);
    assert.equal(status.code, 1);
    assert.match(status.err, /^error: no localnet is running/);
  });
});
