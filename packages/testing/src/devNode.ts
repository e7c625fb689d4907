/**
 * The real node process for end-to-end tests (SDK, CLI, subnets): `taonet-node --dev --tmp` on a free loopback port
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

export function startDevNode(args: readonly string[] = [], timeoutMs = 20_000): Promise<DevNode> {
  const child = spawn(
    process.execPath,
    [BIN, '--dev', '--tmp', '--rpc-port', '0', '--log-format', 'json', ...args],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', kill);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const grace = setTimeout(kill, 5_000);
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
