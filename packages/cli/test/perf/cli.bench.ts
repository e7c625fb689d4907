/**
 * `npm run bench -- cli`: start-up time of the `tao` executable (`tao --help`, commands that load the SDK)
 * next to an empty `node -e ""` in the same run. Each figure is the median and minimum wall time and the
 * mean CPU time of N runs (`--runs=N`, default 10) of a fresh process. Runs what a checkout runs (the
 * cached bundle of the sources), the sources through tsx (TAO_USE_TSX=1) for comparison, and when
 * packages/cli/dist is built the compiled form too (TAO_USE_DIST=1). The chain commands on a 256-uid
 * subnet (`tao subnets metagraph --json`) are timed by `npm run bench -- sdk`, which has that node.
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
} from '@taonet/testing/startupTime';

const DIST = join(import.meta.dirname, '..', '..', 'dist', 'main.js');
const TARGET_MS = 300;

const load = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;

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
    console.log(format('tao wallet list (sources via tsx)', measure(list, tsx, runs), node));
    if (existsSync(DIST)) {
      const dist = { ...env, TAO_USE_DIST: '1' };
      console.log(format('tao --help (dist)', measure([BIN, '--help'], dist, runs), node));
      console.log(format('tao wallet list (dist)', measure(list, dist, runs), node));
    }
    const verdict = help.median < TARGET_MS ? 'met' : 'NOT met';
    console.log(`  target: tao --help under ${TARGET_MS} ms: ${verdict}; end: ${load()}`);
  } finally {
    cleanup();
  }
}
