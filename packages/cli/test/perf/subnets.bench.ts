/**
 * `npm run bench -- subnets`: both subnets as `npm start` runs them: the localnet's time from start to
 * its first epoch and to the first epoch that pays miners, its total resident memory (the `up` process,
 * the node and the 12 neurons), and from the neurons' own logs the OCR miners' latency and throughput per
 * image, the OCR validators' round time over all miners, and the forecasting miners' training + prediction
 * time per task. Options: `--seconds=N` to run (default 150), `--tempo=N` (default 20, as `npm start`),
 * `--ocr-step=S` (default 12). Goals: under 6 GiB in all, first epoch within 60 s.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initCrypto } from '@taonet/crypto';
import { type Client, createClient } from '@taonet/sdk';
import { collectLocalnetStatus } from '../../src/localnet/collectLocalnetStatus.js';
import { localnetPaths } from '../../src/localnet/localnetPlan.js';
import { type LocalnetState, readLocalnetState } from '../../src/localnet/localnetState.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'tao.js');
const GIB = 2 ** 30;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const option = (args: readonly string[], name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const quantile = (xs: readonly number[], q: number) =>
  sorted(xs)[Math.floor((xs.length - 1) * q)] ?? Number.NaN;
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '-');

/** Resident memory of a process in bytes (Linux /proc), 0 when gone. */
async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb === undefined ? 0 : Number(kb) * 1024;
}

interface Sample {
  total: number;
  byGroup: Map<string, number>;
}

async function sampleMemory(state: LocalnetState): Promise<Sample> {
  const byGroup = new Map<string, number>();
  const add = (group: string, bytes: number) => byGroup.set(group, (byGroup.get(group) ?? 0) + bytes);
  add('tao localnet up', await rssOf(state.supervisorPid));
  for (const p of state.processes) add(p.id.replace(/-\d+$/, 's'), await rssOf(p.pid));
  return { total: [...byGroup.values()].reduce((a, b) => a + b, 0), byGroup };
}

interface LogRecord {
  time: string;
  msg: string;
  [key: string]: unknown;
}

async function readRecords(path: string): Promise<LogRecord[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text.split('\n').flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try {
      return [JSON.parse(line) as LogRecord];
    } catch {
      return [];
    }
  });
}

async function printOcr(state: LocalnetState): Promise<void> {
  const ocr = state.subnets.find((s) => s.key === 'ocr');
  const validators = state.processes.filter((p) => p.id.startsWith('ocr-validator'));
  const scored = (
    await Promise.all(validators.map(async (v) => ({ v: v.id, r: await readRecords(v.log) })))
  ).flatMap(({ v, r }) =>
    r.filter((x) => x.msg === 'validator.ocr_scored').map((x): LogRecord => ({ ...x, v })),
  );
  console.log(`OCR: ${scored.length} answers scored by ${validators.length} validators`);
  console.log('  miner            answers  latency median    p90   throughput   mean score');
  for (const neuron of ocr?.neurons.filter((n) => n.role === 'miner') ?? []) {
    const mine = scored.filter((s) => s.hotkey === neuron.hotkey);
    const latency = mine.map((s) => Number(s.latencyMs)).filter(Number.isFinite);
    const median = quantile(latency, 0.5);
    const score = mine.reduce((a, s) => a + Number(s.score), 0) / Math.max(1, mine.length);
    const name = `${neuron.id}${neuron.weak ? ' (weak)' : ''}`;
    console.log(
      `  ${name.padEnd(18)} ${String(mine.length).padStart(5)} ${ms(median).padStart(13)} ${ms(quantile(latency, 0.9)).padStart(8)} ${(1000 / median).toFixed(2).padStart(8)} img/s ${score.toFixed(3).padStart(10)}`,
    );
  }
  const rounds = new Map<string, number>();
  for (const s of scored) {
    const key = `${String(s.v)}:${String(s.step)}`;
    rounds.set(key, Math.max(rounds.get(key) ?? 0, Number(s.latencyMs)));
  }
  const times = [...rounds.values()].filter(Number.isFinite);
  console.log(
    `  validator round (all 4 miners queried at once: its slowest answer): median ${ms(quantile(times, 0.5))}, p90 ${ms(quantile(times, 0.9))} over ${times.length} rounds`,
  );
}

async function printForecast(state: LocalnetState): Promise<void> {
  const miners = state.processes.filter((p) => p.id.startsWith('forecast-miner'));
  console.log('forecast: training + prediction per task, in the miner (forecast_miner.committed)');
  for (const miner of miners) {
    const records = await readRecords(miner.log);
    const model = records.find((r) => r.msg === 'forecast_miner.started')?.model ?? '?';
    const times = records.filter((r) => r.msg === 'forecast_miner.committed').map((r) => Number(r.ms));
    console.log(
      `  ${miner.id.padEnd(18)} ${String(model).padEnd(12)} ${String(times.length).padStart(4)} tasks  median ${ms(quantile(times, 0.5))}  p90 ${ms(quantile(times, 0.9))}`,
    );
  }
}

interface Timeline {
  up: number;
  firstEpoch: number;
  firstPaid: number;
  peak: Sample;
}

async function watch(up: ChildProcess, dataDir: string, seconds: number, started: number) {
  const stateFile = localnetPaths(dataDir).stateFile;
  let state: LocalnetState | undefined;
  while (state === undefined && up.exitCode === null) {
    await sleep(250);
    state = await readLocalnetState(stateFile).catch(() => undefined);
  }
  if (state === undefined) throw new Error('the localnet did not start');
  const timeline: Timeline = {
    up: performance.now() - started,
    firstEpoch: NaN,
    firstPaid: NaN,
    peak: { total: 0, byGroup: new Map() },
  };
  await initCrypto();
  const client: Client = createClient({ url: state.rpc, timeoutMs: 20_000 });
  const deadline = started + seconds * 1000;
  try {
    while (performance.now() < deadline && up.exitCode === null) {
      const [status, memory] = await Promise.all([collectLocalnetStatus(client, state), sampleMemory(state)]);
      const now = performance.now() - started;
      if (Number.isNaN(timeline.firstEpoch) && status.subnets.every((s) => s.epochs >= 1))
        timeline.firstEpoch = now;
      const paid = status.subnets.every((s) => s.neurons.some((n) => n.role === 'miner' && n.incentive > 0));
      if (Number.isNaN(timeline.firstPaid) && paid) timeline.firstPaid = now;
      if (memory.total > timeline.peak.total) timeline.peak = memory;
      await sleep(1_000);
    }
  } finally {
    await client.close();
  }
  return { state, timeline };
}

export async function run(args: string[] = []): Promise<void> {
  const seconds = option(args, 'seconds', 150);
  const tempo = option(args, 'tempo', 20);
  const dataDir = await mkdtemp(join(tmpdir(), 'taonet-subnets-bench-'));
  const started = performance.now();
  const up = spawn(
    process.execPath,
    [
      BIN,
      'localnet',
      'up',
      '--data-dir',
      dataDir,
      '--rpc-port',
      '0',
      '--axon-base-port',
      '0',
      '--explorer-port',
      '0',
      '--tempo',
      String(tempo),
      '--ocr-step',
      String(option(args, 'ocr-step', 12)),
      '--neuron-log-level',
      'debug',
      '--status-every',
      '0',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  up.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => up.once('exit', resolve));
  try {
    const { state, timeline } = await watch(up, dataDir, seconds, started);
    console.log(
      `localnet (tempo ${tempo}, ${state.blockTimeMs} ms blocks, ${state.processes.length} processes), ${seconds} s:`,
    );
    console.log(
      `  up (node, wallets, subnets, registrations, processes started): ${(timeline.up / 1000).toFixed(1)} s`,
    );
    console.log(
      `  start -> first epoch of every subnet: ${(timeline.firstEpoch / 1000).toFixed(1)} s (goal < 60 s)`,
    );
    console.log(
      `  start -> first epoch paying miners on every subnet: ${(timeline.firstPaid / 1000).toFixed(1)} s`,
    );
    const groups = [...timeline.peak.byGroup]
      .map(([g, b]) => `${g} ${(b / 2 ** 20).toFixed(0)} MiB`)
      .join(', ');
    console.log(
      `  resident memory at peak: ${(timeline.peak.total / GIB).toFixed(2)} GiB (goal < 6 GiB): ${groups}`,
    );
    await printOcr(state);
    await printForecast(state);
  } catch (error) {
    console.error(stderr.slice(-3000));
    throw error;
  } finally {
    if (up.exitCode === null) up.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}
