/**
 * `npm run bench -- cli`: start-up time of the `tao` executable (`tao --help`, and commands that load the
 * SDK) next to an empty `node -e ""` in the same run. Each figure is the median and minimum of N runs
 * (`--runs=N`, default 10) of a fresh process. Runs the sources through tsx as a checkout does; when
 * packages/cli/dist is built, also the compiled form (TAO_USE_DIST=1).
 */
import { existsSync } from 'node:fs';
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

export async function run(args: string[] = []): Promise<void> {
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 10);
  const { env, home, cleanup } = createStartupEnv();
  try {
    const { node, help } = measureCliStartup(runs, env);
    console.log(`${runs} runs each, fresh processes:`);
    console.log(format('node -e ""', node));
    console.log(format('tao --help (sources via tsx)', help, node));
    console.log(format('tao config list (sources)', measure([BIN, 'config', 'list'], env, runs), node));
    const list = [BIN, 'wallet', 'list', '--wallet-path', join(home, 'wallets')];
    console.log(format('tao wallet list (sources, loads the SDK)', measure(list, env, runs), node));
    if (existsSync(DIST)) {
      const dist = { ...env, TAO_USE_DIST: '1' };
      console.log(format('tao --help (dist)', measure([BIN, '--help'], dist, runs), node));
      console.log(format('tao wallet list (dist)', measure(list, dist, runs), node));
    } else {
      console.log('  (dist not built: `npm run build` to also measure the compiled CLI)');
    }
    console.log(`  target: tao --help under ${TARGET_MS} ms: ${help.median < TARGET_MS ? 'met' : 'NOT met'}`);
  } finally {
    cleanup();
  }
}
