/**
 * `npm run bench -- cli`: start-up time of the `tao` executable (`tao --help`, commands that load the SDK,
 * `tao subnets metagraph --json` of a 256-uid subnet on a loopback dev node) next to an empty
 * `node -e ""` in the same run. Each figure is the median and minimum of N runs (`--runs=N`, default 10)
 * of a fresh process. Runs what a checkout runs (the cached bundle of the sources), the sources through
 * tsx (TAO_USE_TSX=1) for comparison, and when packages/cli/dist is built the compiled form too
 * (TAO_USE_DIST=1). `--no-metagraph` skips the dev node (filling its subnet takes a minute or two).
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
  TAO_BIN as BIN,
  createStartupEnv,
  formatStartup as format,
  measureProcess as measure,
  measureCliStartup,
  type StartupFigure,
} from '@taonet/testing/startupTime';
import { startFilledNode } from './filledSubnet.js';

const DIST = join(import.meta.dirname, '..', '..', 'dist', 'main.js');
const HELP_TARGET_MS = 300;
const METAGRAPH_TARGET_MS = 100;
const UIDS = 256;

const load = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;
const verdict = (figure: StartupFigure, target: number) =>
  `${figure.median.toFixed(0)} ms, target ${target} ms: ${figure.median < target ? 'met' : 'NOT met'}`;

async function printMetagraph(runs: number, env: NodeJS.ProcessEnv, node: StartupFigure): Promise<void> {
  const filling = performance.now();
  const chain = await startFilledNode(UIDS);
  try {
    const seconds = ((performance.now() - filling) / 1000).toFixed(0);
    console.log(`dev node, subnet 1 filled to ${chain.n} uids in ${seconds} s (setup); ${load()}`);
    const args = [BIN, 'subnets', 'metagraph', '--netuid', '1', '--json', '--network', chain.url];
    measure(args, env, 1);
    const metagraph = measure(args, env, runs);
    console.log(format(`tao subnets metagraph --json (${chain.n} uids)`, metagraph, node));
    console.log(`  target: tao subnets metagraph under ${verdict(metagraph, METAGRAPH_TARGET_MS)}`);
  } finally {
    await chain.stop();
  }
}

export async function run(args: string[] = []): Promise<void> {
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 10);
  const { env, home, cleanup } = createStartupEnv();
  try {
    console.log(`${runs} runs each, fresh processes; ${load()}`);
    const { node, help } = measureCliStartup(runs, env);
    console.log(format('node -e ""', node));
    console.log(format('tao --help', help, node));
    console.log(format('tao config list', measure([BIN, 'config', 'list'], env, runs), node));
    const list = [BIN, 'wallet', 'list', '--wallet-path', join(home, 'wallets')];
    console.log(format('tao wallet list (loads the SDK)', measure(list, env, runs), node));
    const tsx = { ...env, TAO_USE_TSX: '1' };
    console.log(format('tao --help (sources via tsx)', measure([BIN, '--help'], tsx, runs), node));
    if (existsSync(DIST)) {
      const dist = { ...env, TAO_USE_DIST: '1' };
      console.log(format('tao --help (dist)', measure([BIN, '--help'], dist, runs), node));
      console.log(format('tao wallet list (dist)', measure(list, dist, runs), node));
    }
    console.log(`  target: tao --help under ${verdict(help, HELP_TARGET_MS)}`);
    if (!args.includes('--no-metagraph')) await printMetagraph(runs, env, node);
    console.log(`end: ${load()}`);
  } finally {
    cleanup();
  }
}
