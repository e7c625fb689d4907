/**
 * The real node process for end-to-end tests: `taonet-node` started with the given flags and JSON logs,
 * ready once it logs "node started" (whose `rpc` field gives the WebSocket URL). Killed with SIGKILL if
 * a test leaves it running.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'taonet-node.js');

export interface NodeProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly logs: Record<string, unknown>[];
  /** resolves with the exit code */
  readonly exited: Promise<number | null>;
  /** SIGTERM, then the exit code (SIGKILL after `graceMs`) */
  stop(graceMs?: number): Promise<number | null>;
  kill(): void;
}

export function startNodeProcess(args: readonly string[], timeoutMs = 30_000): Promise<NodeProcess> {
  const child = spawn(process.execPath, [BIN, '--rpc-port', '0', '--log-format', 'json', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', kill);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`the node did not start within ${timeoutMs} ms; logs: ${JSON.stringify(logs)}`));
    }, timeoutMs);
    let buffered = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        let record: Record<string, unknown>;
        try {
          record = JSON.parse(line) as Record<string, unknown>;
        } catch {
          record = { msg: line };
        }
        logs.push(record);
        if (record.msg === 'node started') {
          clearTimeout(timer);
          resolve({
            child,
            url: String(record.rpc),
            logs,
            exited,
            kill,
            async stop(graceMs = 5_000) {
              if (child.exitCode !== null) return child.exitCode;
              child.kill('SIGTERM');
              const grace = setTimeout(kill, graceMs);
              const code = await exited;
              clearTimeout(grace);
              return code;
            },
          });
        }
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the node exited with ${code} before starting; logs: ${JSON.stringify(logs)}`));
    });
  });
}
