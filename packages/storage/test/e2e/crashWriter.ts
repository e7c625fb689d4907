/**
 * The child process of the crash test: opens the store at argv[2] (durable commits) and appends blocks
 * of the deterministic test chain until it is killed, printing `committed <n>` after each commit returns.
 * Stops by itself after a few seconds in case the parent died without killing it.
 */
import { openChainStore } from '@taonet/storage';
import { testBlock, ZERO_HASH } from '../fixtures/testChain.js';
import { CRASH_CHAIN } from './crashChain.js';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: crashWriter <store dir>');
const store = await openChainStore({ path, stateHistory: CRASH_CHAIN.stateHistory });
const deadline = performance.now() + 10_000;
process.stdout.write(`opened ${store.best?.number ?? -1}\n`);
while (performance.now() < deadline) {
  const best = store.best;
  const record = await store.commitBlock(
    testBlock((best?.number ?? -1) + 1, best?.hash ?? ZERO_HASH, CRASH_CHAIN),
  );
  process.stdout.write(`committed ${record.number}\n`);
}
await store.close();
