/**
 * `npm run bench -- sdk`: metagraph sync time for a 256-uid subnet over loopback, one query next to the separate queries.
 * A node is started on a chain spec whose subnet 1 holds 256 genesis neurons (`fill`: 64 staked
 * validators, tempo 10; `--block-time 100`), and the first epochs are let run. Then, in the same run: a
 * `system_health` round trip, a `state_getStorage` read, `neuronInfo_getNeuronsLite` and
 * `subnetInfo_getMetagraph` alone, `syncMetagraph` (every column at one pinned block) through its one
 * `subnetInfo_getMetagraph` query next to its fallback path (the separate queries in parallel rounds, as
 * for a node without that method) run alternately, with their ratio, both again at an older block (the node serves
 * non-head state from its trie, which is slower), and the weights matrix. Then the `tao` command's wall
 * time, fresh processes: `node -e ""`, `tao --help`, `tao subnets hyperparameters` (a one-query chain
 * command) and `tao subnets metagraph --netuid 1 --json` against the same node (the SDK is what `tao`'s
 * chain commands load).
 * `--runs=N` sets the timed runs (default 30); each figure is the median (and p90). `--cli-runs=N` sets
 * the fresh `tao` processes per command (default a third of the runs, at least 5); their figures are the
 * median and the minimum.
 */
import { availableParallelism, loadavg } from 'node:os';
import { initCrypto } from '@taonet/crypto';
import type { AccountId } from '@taonet/primitives';
import {
  createStartupEnv,
  formatStartup,
  measureCliStartup,
  measureProcess,
  TAO_BIN,
} from '@taonet/testing/startupTime';
import {
  type Client,
  createClient,
  getBestBlock,
  readStorage,
  SystemAccount,
  syncMetagraph,
} from '../../src/index.js';
import { type GenesisNeuronsNode, startGenesisNeuronsNode } from '../e2e/genesisNeuronsNode.js';

const UIDS = 256;
const ALICE = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d' as AccountId;

interface Figure {
  median: number;
  p90: number;
}

function stats(values: number[]): Figure {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p90: at(0.9) };
}

async function time(runs: number, op: () => Promise<unknown>): Promise<Figure> {
  for (let i = 0; i < 3; i++) await op(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await op();
    times.push(performance.now() - start);
  }
  return stats(times);
}

const row = (label: string, s: Figure, note = '') =>
  console.log(
    `${label.padEnd(58)} ${s.median.toFixed(2).padStart(8)} ms  (p90 ${s.p90.toFixed(2)} ms)${note}`,
  );
const ratio = (slow: Figure, fast: Figure) => `  ${(slow.median / fast.median).toFixed(1)}x the one query`;

async function waitForBlock(client: Client, number: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await getBestBlock(client)).number < number && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Two operations run alternately (a, b, a, b, ...), so that a change of machine load hits both alike. */
async function timePair(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await Promise.all([a(), b()]); // warm-up
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, op] of [a, b].entries()) {
      const start = performance.now();
      await op();
      times[k]!.push(performance.now() - start);
    }
  }
  return [stats(times[0]), stats(times[1])] as const;
}

/** One query against the separate queries (interleaved), at the best block then at an older one. */
async function benchMetagraph(client: Client, runs: number): Promise<void> {
  const mg = await syncMetagraph(client, { netuid: 1 });
  const [rpc, queries] = await timePair(
    runs,
    () => syncMetagraph(client, { netuid: 1 }),
    () => syncMetagraph(client, { netuid: 1, via: 'queries' }),
  );
  row(`syncMetagraph (${mg.n} uids), one subnetInfo_getMetagraph query`, rpc);
  row(`syncMetagraph (${mg.n} uids), separate queries (fallback)`, queries, ratio(queries, rpc));
  const age = (await getBestBlock(client)).number - mg.block;
  const oldRuns = Math.max(5, runs / 3);
  const [oldRpc, oldQueries] = await timePair(
    oldRuns,
    () => syncMetagraph(client, { netuid: 1, block: mg.blockHash }),
    () => syncMetagraph(client, { netuid: 1, block: mg.blockHash, via: 'queries' }),
  );
  row(`  at a fixed block (${age}+ blocks old), one query`, oldRpc);
  row(`  at a fixed block (${age}+ blocks old), separate queries`, oldQueries, ratio(oldQueries, oldRpc));
  row(`metagraph.getWeights() (${mg.n} rows)`, await time(oldRuns, () => mg.getWeights()));
}

export async function run(args: string[] = []): Promise<void> {
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 30);
  const cliRuns = Number(
    args.find((a) => a.startsWith('--cli-runs='))?.slice(11) ?? Math.max(5, Math.round(runs / 3)),
  );
  await initCrypto();
  const starting = performance.now();
  const node: GenesisNeuronsNode = await startGenesisNeuronsNode({ uids: UIDS });
  const client = createClient({ url: node.url, timeoutMs: 30_000 });
  try {
    await waitForBlock(client, 25);
    console.log(
      `load average (1 min) at start: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
    );
    console.log(
      `node with ${UIDS} genesis uids on subnet 1, past block 25 in ${((performance.now() - starting) / 1000).toFixed(1)} s (setup)`,
    );
    row('RPC round trip (system_health)', await time(runs * 4, () => client.request('system_health')));
    row(
      'storage read (System.Account, state_getStorage)',
      await time(runs * 4, () => readStorage(client, { item: SystemAccount, keys: [ALICE] })),
    );
    row(
      `neuronInfo_getNeuronsLite alone (${UIDS} uids, best block)`,
      await time(runs, () => client.request('neuronInfo_getNeuronsLite', 1)),
    );
    row(
      `subnetInfo_getMetagraph alone (${UIDS} uids, best block)`,
      await time(runs, () => client.request('subnetInfo_getMetagraph', 1)),
    );
    await benchMetagraph(client, runs);
    console.log(`load average (1 min) after the RPC figures: ${loadavg()[0]!.toFixed(1)}`);
    printCli(node.url, cliRuns);
  } finally {
    await client.close();
    await node.stop();
  }
}

/**
 * `node -e ""`, `tao --help`, a one-query chain command (`subnets hyperparameters`: connect, one small
 * query) and `tao subnets metagraph --json` (medians of fresh processes).
 */
function printCli(url: string, runs: number): void {
  const { env, cleanup } = createStartupEnv();
  try {
    const { node, help } = measureCliStartup(runs, env);
    const chainEnv = { ...env, TAO_NETWORK: url };
    const tao = (args: string[]) =>
      measureProcess([TAO_BIN, ...args, '--netuid', '1', '--json'], chainEnv, runs);
    const hyperparameters = tao(['subnets', 'hyperparameters']);
    const metagraph = tao(['subnets', 'metagraph']);
    console.log(`tao wall time (${runs} fresh processes each):`);
    console.log(formatStartup('node -e ""', node));
    console.log(formatStartup('tao --help (start-up)', help, node));
    console.log(formatStartup('tao subnets hyperparameters --netuid 1 --json', hyperparameters, node));
    console.log(formatStartup(`tao subnets metagraph --netuid 1 --json (${UIDS})`, metagraph, node));
    const over = (a: { median: number }, b: { median: number }) => (a.median - b.median).toFixed(0);
    console.log(
      `  metagraph command: +${over(metagraph, help)} ms over tao --help, +${over(metagraph, hyperparameters)} ms over the one-query command`,
    );
  } finally {
    cleanup();
  }
}
