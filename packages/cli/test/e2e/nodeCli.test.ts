/**
 * `tao node ...` runs the chain node in the `tao` process with Substrate's flag names: `tao node --dev
 * --tmp --rpc-port 0` logs "node started" with its RPC URL, answers `system_health`, and exits 0 on
 * SIGTERM.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { cleanEnv, TAO_BIN } from '../fixtures/taoProcess.js';

describe('tao node (e2e)', () => {
  const env = cleanEnv({ NO_COLOR: '1' });

  it('runs a node with `tao node --dev --tmp` that answers system_health', async () => {
    const child = spawn(
      process.execPath,
      [TAO_BIN, 'node', '--dev', '--tmp', '--rpc-port', '0', '--log-format', 'json'],
      {
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let buffered = '';
        const timer = setTimeout(() => reject(new Error(`no "node started" line:\n${buffered}`)), 20_000);
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
          buffered += chunk;
          const started = buffered
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line.startsWith('{'))
            .map((line) => JSON.parse(line) as { msg?: string; rpc?: string })
            .find((record) => record.msg === 'node started');
          if (started?.rpc !== undefined) {
            clearTimeout(timer);
            resolve(started.rpc);
          }
        });
      });
      const { createClient } = await import('@taonet/sdk');
      const client = createClient({ url, timeoutMs: 10_000 });
      try {
        const health = await client.request('system_health');
        assert.equal(health.isSyncing, false);
      } finally {
        await client.close();
      }
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });
});
