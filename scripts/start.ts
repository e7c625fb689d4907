/**
 * `npm start`: the whole local network, `tao localnet up` (packages/cli): the dev chain node (1-second
 * blocks, ws://127.0.0.1:9944), the OCR and forecasting subnets created and started, their owners,
 * validators and miners registered, staked and running as processes, and a live status until Ctrl-C.
 * Its data is kept in `.data/localnet` so a restart resumes the same chain; flags after `--` go to
 * `tao localnet up` (`npm start -- --reset`, `--tempo 10`, `--rpc-port 9955`, `--data-dir <dir>`);
 * `--fresh` is `--reset`, `--tmp` uses a throwaway data folder removed at exit.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainModule } from './isMainModule.js';

export const LOCALNET_DATA = '.data/localnet';

export interface StartPlan {
  /** arguments of `tao localnet up` (without the data folder when `temporary`) */
  readonly upArgs: readonly string[];
  /** a throwaway data folder, removed at exit */
  readonly temporary: boolean;
}

/** `tao localnet up`'s arguments: the repository's `.data/localnet` unless told, `--fresh` as `--reset`. */
export function planStart(userArgs: readonly string[], root: string): StartPlan {
  const temporary = userArgs.includes('--tmp');
  const args = userArgs.filter((arg) => arg !== '--tmp').map((arg) => (arg === '--fresh' ? '--reset' : arg));
  const hasDataDir = args.some((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='));
  const upArgs = hasDataDir || temporary ? args : ['--data-dir', join(root, LOCALNET_DATA), ...args];
  return { upArgs, temporary };
}

function main(): void {
  const root = join(import.meta.dirname, '..');
  const plan = planStart(process.argv.slice(2), root);
  const dataDir = plan.temporary ? mkdtempSync(join(tmpdir(), 'taonet-localnet-')) : undefined;
  const args = dataDir === undefined ? plan.upArgs : ['--data-dir', dataDir, ...plan.upArgs];
  const tao = spawn(process.execPath, [join(root, 'packages/cli/bin/tao.js'), 'localnet', 'up', ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  // Ctrl-C reaches `tao` too (same terminal): it stops every process, then exits; wait for it.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => tao.kill('SIGTERM'));
  tao.on('exit', (code, signal) => {
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
    process.exitCode = code ?? (signal === null ? 1 : 0);
  });
}

if (isMainModule(import.meta.url)) main();
