/**
 * The whole localnet, as a newcomer runs it: `tao localnet up --data-dir <dir>` (a real dev node with
 * 1-second blocks and tempo 10, both subnets created through the SDK, 12 neuron processes: OCR miners
 * reading pages with PP-OCRv4, forecasting miners training their models), watched from another process
 * with `tao localnet status --data-dir <dir> --json` (checked against the contract's closed schema) until
 * each subnet has had 3 epochs with weights set, then checked on chain: every good miner earns more
 * incentive than its subnet's weak miner, the validators earn dividends, at an epoch each neuron's stake
 * grows by the alpha emitted to it, and the issuance grew by exactly the block emissions (every block's,
 * from genesis, less what the runtime documents as recycled). `tao localnet down` from another process
 * stops every process and `up` exits cleanly; a second `up` on the same folder resumes the same chain,
 * wallets and subnets, and Ctrl-C (SIGINT) stops it cleanly; `--reset` starts a new chain.
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
  getAllDynamicInfo,
  getBlockHash,
  getDynamicInfo,
  getEvents,
  getNeuronsLite,
  getStoragePrefix,
  getTotalIssuance,
  readRawStorage,
} from '@taonet/sdk';
import { localnetStatusSchema } from '../../src/commands/localnet/localnetSchemas.js';
import type { LocalnetStatusJson } from '../../src/localnet/collectLocalnetStatus.js';
import { localnetPaths } from '../../src/localnet/localnetPlan.js';
import { type LocalnetState, readLocalnetState } from '../../src/localnet/localnetState.js';
import { isAlive } from '../../src/localnet/processSupervisor.js';
import { successEnvelopeSchema } from '../../src/output/jsonEnvelope.js';
import { checkSchema } from '../../src/output/schema.js';
import { runTao } from '../fixtures/taoProcess.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'tao.js');
const TEMPO = 10;
const BUDGET_MS = 240_000;

type SubnetJson = LocalnetStatusJson['subnets'][number];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A running `tao localnet up --json`: its output so far, and its exit code with its JSON result. */
interface UpProcess {
  readonly child: ChildProcess;
  output(): string;
  readonly exited: Promise<{ code: number | null; result: UpResult | undefined }>;
}

interface UpResult {
  reason: string;
  stopped: string[];
  unclean: string[];
}

function startUp(dataDir: string, env: NodeJS.ProcessEnv, extra: string[] = []): UpProcess {
  const args = ['localnet', 'up', '--data-dir', dataDir, '--rpc-port', '0', '--axon-base-port', '0'];
  const flags = ['--tempo', String(TEMPO), '--no-explorer', '--ocr-step', '8', '--status-every', '0'];
  const child = spawn(process.execPath, [BIN, ...args, ...flags, ...extra, '--json'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; result: UpResult | undefined }>((resolve) =>
    child.on('exit', (code) => {
      let result: UpResult | undefined;
      try {
        result = (JSON.parse(stdout) as { data: UpResult }).data;
      } catch {
        result = undefined;
      }
      resolve({ code, result });
    }),
  );
  return { child, output: () => `${stderr}${stdout}`.slice(-3000), exited };
}

/** Waits for the state file a started `up` writes once everything runs. */
async function waitUp(up: UpProcess, dataDir: string, timeoutMs = 120_000): Promise<LocalnetState> {
  const stateFile = localnetPaths(dataDir).stateFile;
  const deadline = Date.now() + timeoutMs;
  let state: LocalnetState | undefined;
  while (state === undefined && Date.now() < deadline && up.child.exitCode === null) {
    await sleep(500);
    state = await readLocalnetState(stateFile).catch(() => undefined);
  }
  assert.ok(state !== undefined, `the localnet did not come up:\n${up.output()}`);
  return state;
}

/** `tao localnet status --data-dir <dir> --json`, checked against the contract's closed schema. */
async function status(dataDir: string, env: NodeJS.ProcessEnv): Promise<LocalnetStatusJson> {
  const result = await runTao(env, ['localnet', 'status', '--data-dir', dataDir, '--json']);
  assert.equal(result.code, 0, result.err);
  const parsed = JSON.parse(result.out) as { data: LocalnetStatusJson };
  assert.deepEqual(checkSchema(successEnvelopeSchema(localnetStatusSchema), parsed), []);
  return parsed.data;
}

/** Whether a subnet shows what the test waits for: 3 epochs, good miners above the weak one, dividends. */
function settled(subnet: SubnetJson): boolean {
  const miners = subnet.neurons.filter((n) => n.role === 'miner');
  const weak = miners.find((n) => n.weak);
  const good = miners.filter((n) => !n.weak);
  const validators = subnet.neurons.filter((n) => n.role === 'validator');
  return (
    subnet.epochs >= 3 &&
    weak !== undefined &&
    good.length === 3 &&
    good.every((n) => n.incentive > weak.incentive) &&
    validators.length === 2 &&
    validators.every((n) => n.dividends > 0)
  );
}

/** What moved SubtensorModule's TotalIssuance in a block, or over blocks (rao). */
interface IssuanceAccount {
  /** `BlockEmission`: the TAO the block emits */
  emission: bigint;
  /** the part of it the coinbase did not spend into a pool (recycled credit: never minted) */
  unspent: bigint;
  /** `recycle_tao` (Balances.Withdraw events) */
  recycled: bigint;
  /** Balances.DustLost events */
  dust: bigint;
  /** TransactionPayment.TransactionFeePaid events */
  fees: bigint;
}

const u16Key = (n: number) => [n & 0xff, n >> 8];
const keyHex = (pallet: string, name: string, suffix: number[] = []): `0x${string}` =>
  `0x${Buffer.from([...getStoragePrefix(pallet, name), ...suffix]).toString('hex')}`;

/** A SCALE u64 from its hex (little-endian); `fallback` when absent. */
function u64(hex: string | null | undefined, fallback = 0n): bigint {
  if (hex === null || hex === undefined) return fallback;
  const bytes = Buffer.from(hex.slice(2), 'hex');
  return bytes.reduceRight((value, byte) => (value << 8n) | BigInt(byte), 0n);
}

async function blockIssuanceAccount(
  client: Client,
  at: `0x${string}`,
  netuids: readonly number[],
): Promise<IssuanceAccount> {
  const spent = netuids.flatMap((n) => [
    keyHex('SubtensorModule', 'SubnetTaoInEmission', u16Key(n)),
    keyHex('SubtensorModule', 'SubnetExcessTao', u16Key(n)),
  ]);
  const [[emission, ...pools], events] = await Promise.all([
    readRawStorage(client, [keyHex('SubtensorModule', 'BlockEmission'), ...spent], at),
    getEvents(client, { blockHash: at }),
  ]);
  const blockEmission = u64(emission, 1_000_000_000n);
  const amount = (pallet: string, name: string, field: string) =>
    events
      .filter((e) => e.pallet === pallet && e.name === name)
      .reduce((sum, e) => sum + BigInt((e.data as Record<string, string>)[field] ?? 0), 0n);
  return {
    emission: blockEmission,
    unspent: blockEmission - pools.reduce((sum: bigint, v) => sum + u64(v), 0n),
    recycled: amount('Balances', 'Withdraw', 'amount'),
    dust: amount('Balances', 'DustLost', 'amount'),
    fees: amount('TransactionPayment', 'TransactionFeePaid', 'actualFee'),
  };
}

function sumAccounts(accounts: readonly IssuanceAccount[]): IssuanceAccount {
  const total: IssuanceAccount = { emission: 0n, unspent: 0n, recycled: 0n, dust: 0n, fees: 0n };
  for (const a of accounts) for (const k of Object.keys(total) as (keyof IssuanceAccount)[]) total[k] += a[k];
  return total;
}

/** Each subnet as `netuid: uid=hotkey ...`: what a resumed chain must keep. */
const roster = (s: LocalnetStatusJson) =>
  s.subnets.map((sn) => `${sn.netuid}: ${sn.neurons.map((n) => `${n.uid}=${n.hotkey}`).join(' ')}`);

describe('tao localnet (e2e: node, both subnets, 12 neuron processes)', () => {
  let dir = '';
  let dataDir = '';
  let env: NodeJS.ProcessEnv = {};
  let up: UpProcess | undefined;
  let state: LocalnetState | undefined;
  let client: Client | undefined;
  let last: LocalnetStatusJson | undefined;
  const started: LocalnetState[] = [];

  const logTails = async () => {
    const parts: string[] = [`--- tao localnet up ---\n${up?.output() ?? ''}`];
    for (const p of state?.processes ?? []) {
      const text = await readFile(p.log, 'utf8').catch(() => '');
      parts.push(`--- ${p.id} ---\n${text.split('\n').slice(-6).join('\n')}`);
    }
    return parts.join('\n');
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tao-localnet-e2e-'));
    dataDir = join(dir, 'net');
    // no TAO_LOCALNET_DIR: every command finds the localnet through --data-dir, as another terminal would
    env = { ...process.env, HOME: dir, NO_COLOR: '1' };
    delete env.TAO_LOCALNET_DIR;
    up = startUp(dataDir, env);
    state = await waitUp(up, dataDir);
    started.push(state);
    await initCrypto();
    client = createClient({ url: state.rpc, timeoutMs: 20_000 });
  });

  after(async () => {
    await client?.close();
    if (up !== undefined && up.child.exitCode === null) {
      up.child.kill('SIGTERM');
      await up.exited;
    }
    for (const s of started) for (const p of s.processes) if (isAlive(p.pid)) process.kill(-p.pid, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('runs until each subnet has had 3 epochs: good miners above the weak one, validators earn dividends', async () => {
    const deadline = Date.now() + BUDGET_MS;
    while (Date.now() < deadline) {
      last = await status(dataDir, env);
      if (last.subnets.every(settled)) break;
      await sleep(4_000);
    }
    assert.ok(last !== undefined);
    assert.equal(last.rpc, state?.rpc);
    assert.equal(last.explorer, null);
    assert.ok(last.finalized <= last.block);
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

  it('grows the issuance by exactly the block emissions, less what the runtime recycles', async () => {
    assert.ok(client !== undefined && last !== undefined);
    const c = client;
    const end = last.block;
    const hashes = await Promise.all(
      Array.from({ length: end + 1 }, (_, number) => getBlockHash(c, { number })),
    );
    const dynamic = await getAllDynamicInfo(c, { at: hashes[end]! });
    const subnets = dynamic.filter((d) => d.netuid !== 0).map((d) => d.netuid);
    const fee = await readRawStorage(c, [keyHex('TransactionPayment', 'FeeDestination')], hashes[0]);
    const feesBurned = fee[0] === '0x01';
    const blocks = await Promise.all(hashes.slice(1).map((hash) => blockIssuanceAccount(c, hash, subnets)));
    const total = sumAccounts(blocks);
    const [first = 0n, final = 0n] = await Promise.all(
      [hashes[0]!, hashes[end]!].map(async (at) => (await getTotalIssuance(c, { at })).subtensorIssuance),
    );
    // SubtensorModule's TotalIssuance (economics.md §1.3, the runtime's balances/currency.ts, taoCredit.ts):
    // + every block's emission `BlockEmission` (the halving law on the issuance), minted as it is spent into
    //   the subnet pools; what the coinbase leaves unspent of it is recycled, i.e. never minted
    //   (`recycle_credit`); the pools' per-block records SubnetTaoInEmission + SubnetExcessTao say what was
    //   spent, so unspent = BlockEmission - their sum over the subnets;
    // - TAO recycled from an account (`recycle_tao`: the lock above the cost at subnet registration, swap
    //   costs, dissolution leftovers), each a Balances.Withdraw event;
    // - dust of a reaped account (Balances.DustLost);
    // - transaction fees only when FeeDestination is `burn` (to the block author otherwise: no change);
    // nothing else moves it: registrations and stakes move TAO into pools, swap fees go to the author.
    const expected =
      total.emission - total.unspent - total.recycled - total.dust - (feesBurned ? total.fees : 0n);
    assert.equal(
      final - first,
      expected,
      JSON.stringify(total, (_, v) => (typeof v === 'bigint' ? `${v}` : v)),
    );
    // below 10.5M TAO issued the halving law gives 1 TAO a block
    assert.ok(blocks.every((b) => b.emission === 1_000_000_000n));
    // once every subnet emits, what is left unspent is the rounding of the split among them (rao)
    const firstEmission = Math.max(
      ...dynamic.filter((d) => d.netuid !== 0).map((d) => Number(d.firstEmissionBlock ?? 0n)),
    );
    for (const [i, block] of blocks.entries()) {
      if (i + 1 <= firstEmission) continue;
      assert.ok(block.unspent < BigInt(2 * subnets.length), `block ${i + 1}: ${block.unspent} rao unspent`);
    }
  });

  it('`tao localnet down --data-dir` stops every process and `up` exits cleanly', async () => {
    assert.ok(state !== undefined && up !== undefined);
    await client?.close();
    client = undefined;
    const down = await runTao(env, ['localnet', 'down', '--data-dir', dataDir, '--json']);
    assert.equal(down.code, 0, down.err);
    assert.equal((JSON.parse(down.out) as { data: { wasRunning: boolean } }).data.wasRunning, true);
    const exit = await up.exited;
    assert.equal(exit.code, 0, up.output());
    assert.equal(exit.result?.reason, 'signal SIGTERM');
    assert.deepEqual(exit.result?.unclean, []);
    for (const p of state.processes) assert.equal(isAlive(p.pid), false, `${p.id} still runs`);
    assert.equal(await readLocalnetState(localnetPaths(dataDir).stateFile), undefined);
    const after = await runTao(env, ['localnet', 'status', '--data-dir', dataDir]);
    assert.equal(after.code, 1);
    assert.match(after.err, /^error: no localnet is running/);
  });

  it('resumes the same chain, wallets and subnets on the same --data-dir; Ctrl-C stops every process cleanly', async () => {
    assert.ok(last !== undefined);
    up = startUp(dataDir, env);
    state = await waitUp(up, dataDir);
    started.push(state);
    const resumed = await status(dataDir, env);
    assert.ok(resumed.block > last.block, `block ${resumed.block} after ${last.block}`);
    assert.deepEqual(roster(resumed), roster(last), 'the same subnets, hotkeys and uids');
    // and it runs on: each subnet has another epoch
    const deadline = Date.now() + 90_000;
    let later = resumed;
    const epochsOn = (s: LocalnetStatusJson) =>
      s.subnets.every((sn, i) => sn.epochs > last!.subnets[i]!.epochs);
    while (!epochsOn(later) && Date.now() < deadline) {
      await sleep(2_000);
      later = await status(dataDir, env);
    }
    assert.ok(epochsOn(later), JSON.stringify(later.subnets.map((sn) => sn.epochs)));
    // Ctrl-C at the terminal: SIGINT reaches `up` alone (every process it started has its own group)
    up.child.kill('SIGINT');
    const exit = await up.exited;
    assert.equal(exit.code, 0, up.output());
    assert.equal(exit.result?.reason, 'signal SIGINT');
    assert.equal(exit.result?.stopped.length, state.processes.length);
    assert.deepEqual(exit.result?.unclean, [], 'each process stopped on SIGTERM, none killed');
    for (const p of state.processes) assert.equal(isAlive(p.pid), false, `${p.id} still runs`);
    assert.equal(await readLocalnetState(localnetPaths(dataDir).stateFile), undefined);
  });

  it('--reset starts a new chain with new wallets in the same folder', async () => {
    assert.ok(last !== undefined);
    up = startUp(dataDir, env, ['--reset']);
    state = await waitUp(up, dataDir);
    started.push(state);
    const fresh = await status(dataDir, env);
    assert.ok(fresh.block < last.block, `a new chain: block ${fresh.block}, was ${last.block}`);
    for (const [i, subnet] of fresh.subnets.entries()) assert.ok(subnet.epochs < last.subnets[i]!.epochs);
    const hotkeys = new Set(last.subnets.flatMap((s) => s.neurons.map((n) => n.hotkey)));
    assert.ok(
      fresh.subnets.every((s) => s.neurons.every((n) => !hotkeys.has(n.hotkey))),
      'new wallets',
    );
    const down = await runTao(env, ['localnet', 'down', '--data-dir', dataDir, '--json']);
    assert.equal(down.code, 0, down.err);
    assert.equal((await up.exited).code, 0, up.output());
  });
});
