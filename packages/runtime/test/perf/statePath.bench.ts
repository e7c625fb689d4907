/**
 * `npm run bench -- statePath`: an epoch through chain state (read inputs, Yuma, write outputs) next to Yuma alone.
 * Subnets of 256 uids / 64 validators and 1024 uids / 128 validators with full weight rows and bonds, in a
 * `MemoryBackend` under a fresh `OverlayState` per run: `epochWithMechanisms` alone on inputs read once,
 * reading the inputs, writing the outputs, the whole state path, and `runScheduledEpochs`. Then raw storage
 * throughput (typed gets and sets, overlay gets through nested transactions) and `keysWithPrefix` over a
 * state of 100k keys, committed and uncommitted.
 */
import { type NetUid, netUid } from '@taonet/primitives';
import { readMechanismEpochInputs } from '../../src/consensus/readEpochInputs.js';
import { runScheduledEpochs } from '../../src/consensus/runScheduledEpochs.js';
import { writeEpochOutputs } from '../../src/consensus/writeEpochOutputs.js';
import { EventLog } from '../../src/dispatch/runtimeEvent.js';
import { epochWithMechanisms } from '../../src/epoch/index.js';
import { Emission, Keys } from '../../src/neurons/schema.js';
import { TotalHotkeyAlpha } from '../../src/staking/schema.js';
import { MemoryBackend } from '../../src/state/memoryBackend.js';
import { OverlayState } from '../../src/state/overlayState.js';
import { Tempo } from '../../src/subnets/schema.js';
import { buildBackend, EMISSION, EPOCH_BLOCK, epochThroughState, hotkeyOf } from './statePathFixture.js';

function elapsedMs(body: () => void): number {
  const start = process.hrtime.bigint();
  body();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(samples: number[]): number {
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1] ?? 0;
}

/** Median ms of each body over `runs` interleaved rounds, after a warm-up round. */
function medianMs(bodies: readonly (() => void)[], runs: number): number[] {
  for (const body of bodies) body();
  const samples = bodies.map((): number[] => []);
  for (let r = 0; r < runs; r++) {
    bodies.forEach((body, b) => {
      samples[b]?.push(elapsedMs(body));
    });
  }
  return samples.map(median);
}

const ms = (value: number) => `${value.toFixed(2).padStart(7)} ms`;
const us = (valueMs: number) => `${(valueMs * 1000).toFixed(1).padStart(7)} µs`;

function epochCase(n: number, validators: number, runs: number): void {
  const backend = buildBackend([{ n, validators }]);
  const net = netUid(1);
  const fresh = () => new OverlayState(backend);
  const { inputs, params } = readMechanismEpochInputs(fresh(), net, EPOCH_BLOCK, EMISSION);
  const outputs = epochWithMechanisms(inputs, params);
  const ctx = () => ({
    state: fresh(),
    block: { number: Number(EPOCH_BLOCK), timestamp: 0 },
    events: new EventLog(),
  });
  const [yumaMs = 0, readMs = 0, writeMs = 0, pathMs = 0, scheduledMs = 0] = medianMs(
    [
      () => epochWithMechanisms(inputs, params),
      () => readMechanismEpochInputs(fresh(), net, EPOCH_BLOCK, EMISSION),
      () => writeEpochOutputs(fresh(), net, outputs),
      () => epochThroughState(fresh(), net),
      () => runScheduledEpochs(ctx(), { takePendingEmission: () => EMISSION }),
    ],
    runs,
  );
  console.log(
    `n=${n}, ${validators} validators: yuma ${ms(yumaMs)} | read ${ms(readMs)} + write ${ms(writeMs)}` +
      ` | read+yuma+write ${ms(pathMs)} (${(pathMs / yumaMs).toFixed(2)}x yuma)` +
      ` | runScheduledEpochs ${ms(scheduledMs)}`,
  );
}

/** Operations per second of `body(i)` over `count` iterations (median of 5 passes). */
function opsPerSecond(count: number, body: (i: number) => void): number {
  const pass = () => {
    for (let i = 0; i < count; i++) body(i);
  };
  const [time = 1] = medianMs([pass], 5);
  return (count / time) * 1000;
}

const rate = (ops: number) => `${(ops / 1e6).toFixed(2).padStart(6)} M/s`;

function storageOps(): void {
  const backend = buildBackend([{ n: 256, validators: 64 }]);
  const state = new OverlayState(backend);
  const net = netUid(1);
  const hotkeys = Array.from({ length: 256 }, (_, uid) => hotkeyOf(1, uid));
  const count = 50_000;
  const keyGet = opsPerSecond(count, (i) => Keys.getOption(state, [net, i & 255]));
  const alphaGet = opsPerSecond(count, (i) => TotalHotkeyAlpha.get(state, [hotkeys[i & 255]!, net]));
  const tempoSet = opsPerSecond(count, (i) => Tempo.set(state, [netUid(i & 1023)], i & 0xffff));
  const alphaSet = opsPerSecond(count, (i) =>
    TotalHotkeyAlpha.set(state, [hotkeys[i & 255]!, net], BigInt(i)),
  );
  const vectorGet = opsPerSecond(count / 10, () => Emission.get(state, [net]));
  const rawKeys = hotkeys.map((hotkey) => TotalHotkeyAlpha.keyOf([hotkey, net]));
  const rawGet = opsPerSecond(count, (i) => state.get(rawKeys[i & 255]!));
  const nested = state.transaction(() =>
    state.transaction(() =>
      state.transaction(() => opsPerSecond(count, (i) => state.get(rawKeys[i & 255]!))),
    ),
  );
  const txn = opsPerSecond(count / 10, (i) =>
    state.transaction(() => TotalHotkeyAlpha.set(state, [hotkeys[i & 255]!, net], BigInt(i))),
  );
  console.log(
    `typed get: Keys[net,uid] ${rate(keyGet)}, TotalHotkeyAlpha[hotkey,net] ${rate(alphaGet)}, ` +
      `Emission (Vec<u64> of 256) ${rate(vectorGet)}`,
  );
  console.log(`typed set: Tempo[net] ${rate(tempoSet)}, TotalHotkeyAlpha[hotkey,net] ${rate(alphaSet)}`);
  console.log(`raw get: depth 0 ${rate(rawGet)}, depth 3 ${rate(nested)}; transaction(set) ${rate(txn)}`);
}

/**
 * 100k `Keys` entries (400 subnets x 250 uids), committed to the backend or still in the overlay: the
 * storage keys of one subnet (`keysWithPrefix`), and its decoded entries (`Keys.entries`).
 */
function prefixScan(): void {
  const scratch = new OverlayState(new MemoryBackend());
  const subnets = 400;
  for (let s = 1; s <= subnets; s++) {
    for (let uid = 0; uid < 250; uid++) Keys.set(scratch, [netUid(s), uid], hotkeyOf(s, uid));
  }
  const changes = scratch.takeChanges();
  const committed = new OverlayState(new MemoryBackend(changes));
  const pending = new OverlayState(new MemoryBackend());
  for (const [key, value] of changes) if (value !== null) pending.set(key, value);
  const lookups = 200;
  const netuid = (i: number): NetUid => netUid(1 + ((i * 37) % subnets));
  const keys = (state: OverlayState) => () => {
    for (let i = 0; i < lookups; i++) {
      const found = state.keysWithPrefix(Keys.keyOf([netuid(i)])).length;
      if (found !== 250) throw new Error(`expected 250 keys, got ${found}`);
    }
  };
  const entries = (state: OverlayState) => () => {
    for (let i = 0; i < lookups; i++) {
      let found = 0;
      for (const _ of Keys.entries(state, [netuid(i)])) found++;
      if (found !== 250) throw new Error(`expected 250 entries, got ${found}`);
    }
  };
  const [keysIn = 0, keysOver = 0, entriesIn = 0, entriesOver = 0] = medianMs(
    [keys(committed), keys(pending), entries(committed), entries(pending)],
    5,
  ).map((total) => total / lookups);
  console.log(
    `100k keys, one subnet's 250: keysWithPrefix committed ${us(keysIn)}, uncommitted ${us(keysOver)}` +
      ` | Keys.entries committed ${us(entriesIn)}, uncommitted ${us(entriesOver)}`,
  );
}

export async function run(): Promise<void> {
  epochCase(256, 64, 15);
  epochCase(1024, 128, 5);
  storageOps();
  prefixScan();
}
