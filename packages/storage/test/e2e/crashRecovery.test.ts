/**
 * Crash safety: a child process appends blocks with durable commits and is killed with SIGKILL at
 * random moments, several times. After each kill the store reopens at a block no older than the last one
 * the child reported committed, and at the end its state equals a fresh replay of the committed chain.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type ChainStore, openChainStore } from '@taonet/storage';
import { createTempDir } from '../fixtures/tempStore.js';
import { createRng, testBlock, testChainHashes, ZERO_HASH } from '../fixtures/testChain.js';
import { CRASH_CHAIN } from './crashChain.js';

const KILLS = 6;
const WRITER = join(import.meta.dirname, 'crashWriter.ts');

interface WriterRun {
  readonly child: ChildProcess;
  /** the last number the child printed as committed (-1: none yet) */
  lastCommitted(): number;
  /** resolves once the child has committed `count` blocks in this run */
  committedAtLeast(count: number): Promise<void>;
  readonly exited: Promise<void>;
}

function startWriter(path: string): WriterRun {
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', WRITER, path], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let last = -1;
  let inRun = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const match = /^committed (\d+)$/.exec(line);
      if (match === null) continue;
      last = Number(match[1]);
      inRun++;
      for (const waiter of waiters.filter((w) => inRun >= w.count)) waiter.resolve();
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    lastCommitted: () => last,
    committedAtLeast: (count) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ count, resolve });
        exited.then(() => reject(new Error('the writer exited before committing')));
      }),
    exited,
  };
}

async function replayInto(store: ChainStore, upTo: number): Promise<void> {
  for (let n = 0; n <= upTo; n++)
    await store.commitBlock(testBlock(n, store.best?.hash ?? ZERO_HASH, CRASH_CHAIN));
}

describe('crash recovery (SIGKILL during block commits)', () => {
  it('resumes at the last committed block with the state of a replay, losing nothing committed', {
    timeout: 60_000,
  }, async () => {
    const path = createTempDir('taonet-crash-');
    const replayPath = createTempDir('taonet-replay-');
    const seed = Date.now() >>> 0;
    const rng = createRng(seed);
    let reported = -1;
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        const run = startWriter(path);
        await run.committedAtLeast(1 + (rng() % 4));
        await new Promise((resolve) => setTimeout(resolve, rng() % 60));
        run.child.kill('SIGKILL');
        await run.exited;
        reported = Math.max(reported, run.lastCommitted());
        const store = await openChainStore({ path, stateHistory: CRASH_CHAIN.stateHistory });
        const best = store.best?.number ?? -1;
        await store.close();
        assert.ok(
          best >= reported,
          `seed ${seed}: reopened at ${best}, but ${reported} was reported committed`,
        );
        assert.ok(
          best <= reported + 1,
          `seed ${seed}: reopened at ${best}, beyond ${reported} + 1 in flight`,
        );
      }
      const store = await openChainStore({ path, stateHistory: CRASH_CHAIN.stateHistory });
      const replay = await openChainStore({
        path: replayPath,
        stateHistory: CRASH_CHAIN.stateHistory,
        noSync: true,
      });
      try {
        const best = store.best!;
        await replayInto(replay, best.number);
        assert.equal(
          best.stateRoot,
          replay.best!.stateRoot,
          `seed ${seed}: state root differs from the replay`,
        );
        assert.deepEqual(new Map(store.state.entries()), new Map(replay.state.entries()));
        assert.deepEqual(new Map(store.stateAt().entries()), new Map(store.state.entries()));
        const hashes = testChainHashes(best.number + 1);
        for (let n = 0; n <= best.number; n++) {
          assert.equal(store.getHash(n), hashes[n], `seed ${seed}: block ${n} is not readable`);
          assert.ok(store.getBlock(hashes[n]!), `seed ${seed}: block ${n} has no bytes`);
          assert.equal(
            store.getBlockRecord(hashes[n]!)?.stateRoot,
            replay.getBlockRecordByNumber(n)?.stateRoot,
          );
        }
        assert.deepEqual(store.stats().trieNodes, replay.stats().trieNodes, 'pruning left the same node set');
      } finally {
        await store.close();
        await replay.close();
      }
    } finally {
      rmSync(path, { recursive: true, force: true });
      rmSync(replayPath, { recursive: true, force: true });
    }
  });
});
