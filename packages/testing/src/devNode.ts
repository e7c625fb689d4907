/**
 * The real node process for end-to-end tests and benches (SDK, CLI, subnets, explorer): `taonet-node --dev
 * --tmp` (`startDevNode`) or any arguments, e.g. a `--chain` spec (`startNode`), on a free loopback port
 * (`--rpc-port 0`), ready once it logs "node started" (whose `rpc` field is the WebSocket URL). Stopped
 * with SIGTERM (SIGKILL after a grace period, or when the test process exits).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'node', 'bin', 'taonet-node.js');

export interface DevNode {
  readonly url: string;
  stop(): Promise<void>;
}

export interface StartNodeOpts {
  /** how long the node may take to log "node started" (default 20 s) */
  readonly timeoutMs?: number;
  /** how long SIGTERM may take before SIGKILL (default 5 s) */
  readonly graceMs?: number;
  /** run once the process has exited, after `stop()` or a failed start (e.g. to remove a spec's folder) */
  readonly cleanup?: () => void;
}

/** `taonet-node --dev --tmp --rpc-port 0` plus `args`. */
export function startDevNode(args: readonly string[] = [], timeoutMs = 20_000): Promise<DevNode> {
  return startNode(['--dev', '--tmp', ...args], { timeoutMs });
}

/** `taonet-node --rpc-port 0 --log-format json <args>` (a flag in `args` wins over those). */
export function startNode(args: readonly string[], opts: StartNodeOpts = {}): Promise<DevNode> {
  const { timeoutMs = 20_000, graceMs = 5_000, cleanup } = opts;
  const child = spawn(process.execPath, [BIN, '--rpc-port', '0', '--log-format', 'json', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      cleanup?.();
      resolve();
    }),
  );
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', kill);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const grace = setTimeout(kill, graceMs);
    await exited;
    clearTimeout(grace);
    process.removeListener('exit', kill);
  };
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`the node did not start within ${timeoutMs} ms:\n${lines.join('\n')}`));
    }, timeoutMs);
    let buffered = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const line of parts) {
        if (lines.length < 200) lines.push(line);
        let record: { msg?: unknown; rpc?: unknown } = {};
        try {
          record = JSON.parse(line) as typeof record;
        } catch {
          continue;
        }
        if (record.msg === 'node started') {
          clearTimeout(timer);
          resolve({ url: String(record.rpc), stop });
        }
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the node exited before starting:\n${lines.join('\n')}`));
    });
  });
}
