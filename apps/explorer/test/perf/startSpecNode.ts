/**
 * A node running a chain spec file (`taonet-node --chain <spec> --alice --tmp --rpc-port 0`), ready once it
 * logs "node started"; @taonet/testing's dev-node harness always runs the --dev chain.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface SpecNode {
  readonly url: string;
  stop(): Promise<void>;
}

/** the node's executable in this repository (as @taonet/testing's harness finds it) */
const BIN = join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'node', 'bin', 'taonet-node.js');

export function startSpecNode(spec: string, timeoutMs = 600_000): Promise<SpecNode> {
  const args = [BIN, '--chain', spec, '--alice', '--tmp', '--rpc-port', '0', '--log-format', 'json'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = () => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL');
  process.once('exit', kill);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const grace = setTimeout(kill, 10_000);
    await exited;
    clearTimeout(grace);
    process.removeListener('exit', kill);
  };
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    const timer = setTimeout(() => {
      kill();
      reject(new Error(`the node did not start within ${timeoutMs} ms:\n${tail.join('\n')}`));
    }, timeoutMs);
    let buffered = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (buffered + chunk).split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 40) tail.shift();
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
      reject(new Error(`the node exited before starting:\n${tail.join('\n')}`));
    });
  });
}
