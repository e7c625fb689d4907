/**
 * Start-up time of the `tao` executable for benchmarks: wall time of fresh processes (`tao --help`, any
 * other `tao` command) next to an empty `node -e ""` measured in the same run, median and minimum of N
 * runs. Shared by the CLI's start-up bench and the SDK's bench. Runs packages/cli/bin/tao.js (in a checkout
 * its cached bundle of the sources, rebuilt first when a source changed: one unmeasured run does that;
 * TAO_USE_TSX=1 in `env` for the sources through tsx, TAO_USE_DIST=1 for the compiled CLI).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TAO_BIN = join(import.meta.dirname, '..', '..', 'cli', 'bin', 'tao.js');

export interface StartupFigure {
  median: number;
  min: number;
  /** Mean CPU time (user + system, ms) per process; NaN where /proc is missing. Steadier than wall time on a busy machine. */
  cpu: number;
}

/** CPU time (ms) of this process's waited-for children so far (Linux: /proc/self/stat, 100 ticks a second). */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(')').pop()?.trim().split(' ') ?? [];
    // after the command name: state is field 3, cutime 16 and cstime 17
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Median and minimum wall time, mean CPU time (ms) of `runs` fresh `node <args>` processes, which must exit 0. */
export function measureProcess(args: readonly string[], env: NodeJS.ProcessEnv, runs: number): StartupFigure {
  const times: number[] = [];
  const cpuBefore = childrenCpuMs();
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
  }
  times.sort((a, b) => a - b);
  const cpu = (childrenCpuMs() - cpuBefore) / runs;
  return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0, cpu };
}

/** `  label   median   N ms  min   N ms  cpu   N ms  (+N ms over node)` */
export function formatStartup(label: string, figure: StartupFigure, baseline?: StartupFigure): string {
  const extra =
    baseline === undefined ? '' : `  (+${(figure.median - baseline.median).toFixed(0)} ms over node)`;
  const cpu = Number.isNaN(figure.cpu) ? '' : `  cpu ${figure.cpu.toFixed(0).padStart(5)} ms`;
  return `  ${label.padEnd(44)} median ${figure.median.toFixed(0).padStart(5)} ms  min ${figure.min.toFixed(0).padStart(5)} ms${cpu}${extra}`;
}

/** A throw-away HOME and config for `tao` runs (no user config read), removed by `cleanup`. */
export function createStartupEnv(): { env: NodeJS.ProcessEnv; home: string; cleanup(): void } {
  const home = mkdtempSync(join(tmpdir(), 'tao-bench-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    TAO_CONFIG: join(home, 'config.json'),
    NO_COLOR: '1',
  };
  delete env.TAO_USE_DIST;
  delete env.TAO_USE_TSX;
  return { env, home, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

export interface CliStartup {
  node: StartupFigure;
  help: StartupFigure;
}

/** `node -e ""` and `tao --help`, `runs` fresh processes each (after one unmeasured `tao --help`). */
export function measureCliStartup(runs: number, env: NodeJS.ProcessEnv): CliStartup {
  measureProcess([TAO_BIN, '--help'], env, 1);
  const node = measureProcess(['-e', ''], env, runs);
  const help = measureProcess([TAO_BIN, '--help'], env, runs);
  return { node, help };
}
