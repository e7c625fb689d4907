/**
 * `npm run bench -- cli`: start-up time of the `tao` executable (`tao --help`, and commands that load the
 * SDK) next to an empty `node -e ""` in the same run. Each figure is the median and minimum of N runs
 * (`--runs=N`, default 10) of a fresh process. Runs the sources through tsx as a checkout does; when
 * packages/cli/dist is built, also the compiled form (TAO_USE_DIST=1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'tao.js');
const DIST = join(import.meta.dirname, '..', '..', 'dist', 'main.js');
const TARGET_MS = 300;

interface Figure {
  median: number;
  min: number;
}

function measure(args: readonly string[], env: NodeJS.ProcessEnv, runs: number): Figure {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0 };
}

function format(label: string, figure: Figure, baseline?: Figure): string {
  const extra =
    baseline === undefined ? '' : `  (+${(figure.median - baseline.median).toFixed(0)} ms over node)`;
  return `  ${label.padEnd(44)} median ${figure.median.toFixed(0).padStart(5)} ms  min ${figure.min.toFixed(0).padStart(5)} ms${extra}`;
}

export async function run(args: string[] = []): Promise<void> {
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 10);
  const home = mkdtempSync(join(tmpdir(), 'tao-bench-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    TAO_CONFIG: join(home, 'config.json'),
    NO_COLOR: '1',
  };
  delete env.TAO_USE_DIST;
  try {
    const node = measure(['-e', ''], env, runs);
    const help = measure([BIN, '--help'], env, runs);
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
    rmSync(home, { recursive: true, force: true });
  }
}
