/**
 * `npm run bench -- sdk`: metagraph sync time for a 256-uid subnet over loopback, next to one RPC round trip.
 * A dev node (`--dev --tmp --block-time 100`) is started; the dev chain spec has no genesis neurons, so
 * subnet 1 is filled to 256 uids first (sudo lifts the registration limits, //Alice submits 255
 * `burned_register`s with consecutive nonces without waiting). Then, in the same run: a `system_health`
 * round trip, a `state_getStorage` read, `neuronInfo_getNeuronsLite` alone, `syncMetagraph` (every
 * column at one pinned block: 3 rounds of parallel queries) at the best block and at an older block
 * (the node serves non-head state from its trie, which is slower), and the weights matrix. Then the
 * `tao` command's start-up time (`tao --help` wall time next to `node -e ""`, fresh processes; the same
 * measurement as `npm run bench -- cli`), since the SDK is what `tao`'s chain commands load.
 * `--runs=N` sets the timed runs (default 30); each figure is the median (and p90).
 */
import { createKeypairFromUri, initCrypto } from '@taonet/crypto';
import { startDevNode } from '@taonet/testing/devNode';
import { createStartupEnv, formatStartup, measureCliStartup } from '@taonet/testing/startupTime';
import {
  burnedRegisterCall,
  type Client,
  createClient,
  encodeCall,
  getBestBlock,
  readStorage,
  SubnetworkN,
  SystemAccount,
  setHyperparameter,
  submitTransaction,
  syncMetagraph,
} from '../../src/index.js';

const UIDS = 256;

function stats(values: number[]): { median: number; p90: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p90: at(0.9) };
}

async function time(runs: number, op: () => Promise<unknown>): Promise<{ median: number; p90: number }> {
  for (let i = 0; i < 3; i++) await op(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await op();
    times.push(performance.now() - start);
  }
  return stats(times);
}

async function fillSubnet(client: Client, netuid: number): Promise<number> {
  const alice = createKeypairFromUri('//Alice');
  // tempo 10 keeps the dev subnet inside the admin freeze window: open it first
  await setHyperparameter(client, {
    signer: alice,
    sudo: true,
    name: 'sudo_set_admin_freeze_window',
    args: { window: 0 },
  });
  for (const [name, arg] of [
    ['sudo_set_max_registrations_per_block', 'max_registrations_per_block'],
    ['sudo_set_target_registrations_per_interval', 'target_registrations_per_interval'],
  ] as const) {
    await setHyperparameter(client, {
      signer: alice,
      sudo: true,
      name,
      args: { netuid, [arg]: 1_000 } as never,
    });
  }
  const start = await client.request('system_accountNextIndex', alice.address);
  const have = (await readStorage(client, { item: SubnetworkN, keys: [netuid] })) ?? 0;
  const hotkeys = Array.from(
    { length: UIDS - have },
    (_, i) => createKeypairFromUri(`//Bench${i}`).accountId,
  );
  await Promise.all(
    hotkeys.map((hotkey, i) =>
      submitTransaction(client, {
        signer: alice,
        nonce: start + i,
        call: encodeCall(burnedRegisterCall, { netuid, hotkey }),
      }),
    ),
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    const n = (await readStorage(client, { item: SubnetworkN, keys: [netuid] })) ?? 0;
    if (n >= UIDS || Date.now() > deadline) return n;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const row = (label: string, s: { median: number; p90: number }) =>
  console.log(`${label.padEnd(52)} ${s.median.toFixed(2).padStart(8)} ms  (p90 ${s.p90.toFixed(2)} ms)`);

export async function run(args: string[] = []): Promise<void> {
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 30);
  await initCrypto();
  const node = await startDevNode(['--block-time', '100']);
  const client = createClient({ url: node.url, timeoutMs: 30_000 });
  try {
    const filling = performance.now();
    const n = await fillSubnet(client, 1);
    console.log(
      `subnet 1 filled to ${n} uids in ${((performance.now() - filling) / 1000).toFixed(1)} s (setup)`,
    );
    const alice = createKeypairFromUri('//Alice').accountId;
    row('RPC round trip (system_health)', await time(runs * 4, () => client.request('system_health')));
    row(
      'storage read (System.Account, state_getStorage)',
      await time(runs * 4, () => readStorage(client, { item: SystemAccount, keys: [alice] })),
    );
    row(
      `neuronInfo_getNeuronsLite alone (${n} uids, best block)`,
      await time(runs, () => client.request('neuronInfo_getNeuronsLite', 1)),
    );
    const mg = await syncMetagraph(client, { netuid: 1 });
    row(
      `syncMetagraph (${mg.n} uids, every column, best block)`,
      await time(runs, () => syncMetagraph(client, { netuid: 1 })),
    );
    const age = (await getBestBlock(client)).number - mg.block;
    const atOld = () => syncMetagraph(client, { netuid: 1, block: mg.blockHash });
    row(`syncMetagraph at a fixed block (${age}+ blocks old)`, await time(Math.max(5, runs / 3), atOld));
    row(`metagraph.getWeights() (${mg.n} rows)`, await time(Math.max(5, runs / 3), () => mg.getWeights()));
  } finally {
    await client.close();
    await node.stop();
  }
  printCliStartup(Math.max(5, Math.round(runs / 3)));
}

/** `tao --help` next to `node -e ""` (medians of fresh processes), after the node has stopped. */
function printCliStartup(runs: number): void {
  const { env, cleanup } = createStartupEnv();
  try {
    const { node, help } = measureCliStartup(runs, env);
    console.log(`CLI start-up (${runs} fresh processes each):`);
    console.log(formatStartup('node -e ""', node));
    console.log(formatStartup('tao --help (sources via tsx)', help, node));
  } finally {
    cleanup();
  }
}
