/**
 * `npm run bench -- storage`: block commits (1k and 10k changed keys) on a 20k-key state, state root
 * computation, reads, and read proofs, each next to raw LMDB doing the same number of operations in
 * the same run. Commit figures are medians of 3 blocks; `--quick` divides the sizes by 10.
 */
import { rmSync } from 'node:fs';
import { initCrypto } from '@taonet/crypto';
import { type Hash, toHex } from '@taonet/primitives';
import { type ChainStore, openChainStore, verifyReadProof } from '@taonet/storage';
import { open } from 'lmdb';
import { createTempDir } from '../fixtures/tempStore.js';
import { createRng, testKey, ZERO_HASH } from '../fixtures/testChain.js';

const LABEL_WIDTH = 52;
/** Blocks committed per size; figures are their medians. */
const ROUNDS = 3;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
}

function changesOf(count: number, space: number, seed: number): Map<string, Uint8Array> {
  const rng = createRng(seed);
  const changes = new Map<string, Uint8Array>();
  while (changes.size < count) {
    const value = new Uint8Array(8 + (rng() % 40));
    value.fill(rng() & 255);
    changes.set(testKey(rng() % space), value);
  }
  return new Map([...changes].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function ms(start: number): number {
  return performance.now() - start;
}

function print(label: string, value: string, baseline?: string): void {
  console.log(
    `  ${label.padEnd(LABEL_WIDTH)} ${value.padStart(14)}${baseline === undefined ? '' : `   ${baseline}`}`,
  );
}

/** Raw LMDB: `keys` puts of the same bytes in one synchronous transaction, in ms. */
function rawPutMs(path: string, changes: ReadonlyMap<string, Uint8Array>): number {
  const env = open({ path, noSync: true });
  const db = env.openDB({ name: 'raw', encoding: 'binary', keyEncoding: 'binary' });
  const start = performance.now();
  env.transactionSync(() => {
    for (const [key, value] of changes) db.putSync(Buffer.from(key, 'hex'), value);
  });
  const elapsed = ms(start);
  void env.close();
  return elapsed;
}

async function commit(store: ChainStore, number: number, changes: Map<string, Uint8Array>) {
  const parentHash = store.best?.hash ?? ZERO_HASH;
  const hash = toHex(new Uint8Array(32).fill(number + 1)) as Hash;
  const stageStart = performance.now();
  const staged = await store.stageState(changes);
  const stageMs = ms(stageStart);
  const commitStart = performance.now();
  await store.commitBlock({ hash, number, parentHash, block: Uint8Array.of(number), stateChanges: staged });
  return { stageMs, writeMs: ms(commitStart) };
}

function opsPerSecond(count: number, op: (i: number) => unknown): number {
  const start = performance.now();
  for (let i = 0; i < count; i++) op(i);
  return (count * 1000) / ms(start);
}

export async function run(args: string[] = []): Promise<void> {
  await initCrypto();
  const scale = args.includes('--quick') ? 10 : 1;
  const baseKeys = 20_000 / scale;
  const dir = createTempDir('taonet-bench-');
  try {
    const store = await openChainStore({ path: `${dir}/store`, noSync: true });
    const genesis = changesOf(baseKeys, baseKeys * 4, 1);
    const g = await commit(store, 0, genesis);
    print(`genesis: ${baseKeys} keys, root + write`, `${(g.stageMs + g.writeMs).toFixed(0)} ms`);
    console.log(`  ${''.padEnd(LABEL_WIDTH)} ${'store'.padStart(14)}   raw LMDB puts (ratio)`);
    let number = 1;
    for (const size of [1_000 / scale, 10_000 / scale]) {
      const runs: { stageMs: number; writeMs: number; raw: number }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const changes = changesOf(size, baseKeys * 4, 100 + size + round);
        const timing = await commit(store, number++, changes);
        runs.push({ ...timing, raw: rawPutMs(`${dir}/raw${size}-${round}`, changes) });
      }
      const stageMs = median(runs.map((r) => r.stageMs));
      const writeMs = median(runs.map((r) => r.writeMs));
      const raw = median(runs.map((r) => r.raw));
      const total = stageMs + writeMs;
      print(`commit ${size} changed keys: root computation`, `${stageMs.toFixed(1)} ms`);
      print(`commit ${size} changed keys: LMDB transaction`, `${writeMs.toFixed(1)} ms`);
      print(
        `commit ${size} changed keys: total`,
        `${total.toFixed(1)} ms`,
        `${raw.toFixed(1)} ms (x${(total / raw).toFixed(0)})`,
      );
    }
    await benchReads(store, [...genesis.keys()], dir);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchReads(store: ChainStore, keys: string[], dir: string): Promise<void> {
  const n = keys.length;
  const env = open({ path: `${dir}/rawReads`, noSync: true });
  const db = env.openDB({ name: 'raw', encoding: 'binary', keyEncoding: 'binary' });
  const rawKeys = keys.map((key) => Buffer.from(key, 'hex'));
  env.transactionSync(() => {
    for (const key of rawKeys) db.putSync(key, Buffer.alloc(24));
  });
  const head = store.stateAt();
  for (let i = 0; i < Math.min(n, 2_000); i++) head.get(keys[i]!); // warm-up
  const raw = opsPerSecond(n, (i) => db.getBinary(rawKeys[i]!));
  const flat = opsPerSecond(n, (i) => store.state.get(keys[i]!));
  const trie = opsPerSecond(n, (i) => head.get(keys[i]!));
  const rate = (x: number): string => `${Math.round(x).toLocaleString('en-US')}/s`;
  print('read at best block (flat table)', rate(flat), `${rate(raw)} (x${(raw / flat).toFixed(1)})`);
  print('read at a block through the trie', rate(trie), `${rate(raw)} (x${(raw / trie).toFixed(1)})`);
  const proofs = opsPerSecond(Math.min(n, 2_000), (i) => head.getReadProof([keys[i]!]));
  print('read proof, 1 key', rate(proofs), `${rate(raw)} (x${(raw / proofs).toFixed(0)})`);
  const batch = keys.slice(0, 100);
  const start = performance.now();
  const proof = head.getReadProof(batch);
  const proofMs = ms(start);
  const verifyStart = performance.now();
  verifyReadProof(head.root, proof, batch);
  print(
    'read proof, 100 keys (nodes)',
    `${proofMs.toFixed(1)} ms`,
    `${proof.length} nodes, verified in ${ms(verifyStart).toFixed(1)} ms`,
  );
  const pageStart = performance.now();
  const page = store.state.keysPaged('', 1_000);
  print('keysPaged 1000 keys (flat)', `${ms(pageStart).toFixed(1)} ms`);
  const triePageStart = performance.now();
  head.keysPaged('', 1_000, page[0]);
  print('keysPaged 1000 keys (trie)', `${ms(triePageStart).toFixed(1)} ms`);
  await env.close();
}
