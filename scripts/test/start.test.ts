import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LOCALNET_DATA, planStart, renderStartBanner } from '../start.js';

describe('start', () => {
  it('starts the dev chain with localnet defaults: persistent data, 1 s blocks, port 9944', () => {
    const plan = planStart([]);
    assert.deepEqual(plan.nodeArgs, ['--dev', '--base-path', LOCALNET_DATA, '--block-time', '1000']);
    assert.equal(plan.rpcUrl, 'ws://127.0.0.1:9944');
    assert.equal(plan.fresh, false);
  });

  it("passes the user's flags to the node and lets them override the defaults", () => {
    const plan = planStart(['--tmp', '--block-time', '250', '--rpc-port', '9955', '--fresh']);
    assert.deepEqual(plan.nodeArgs, ['--dev', '--tmp', '--block-time', '250', '--rpc-port', '9955']);
    assert.equal(plan.rpcUrl, 'ws://127.0.0.1:9955');
    assert.equal(plan.fresh, true);
  });

  it('says where the node listens, where its data is, how to talk to it and what is not there yet', () => {
    const banner = renderStartBanner(planStart([]));
    assert.match(banner, /ws:\/\/127\.0\.0\.1:9944/);
    assert.match(banner, /\.data\/localnet/);
    assert.match(banner, /npm run tao -- wallet create/);
    assert.match(banner, /Not in the localnet yet/);
    assert.match(renderStartBanner(planStart(['--tmp'])), /temporary/);
  });

  it('npm start runs a node that authors blocks and stops cleanly on SIGINT', async () => {
    const script = join(import.meta.dirname, '..', 'start.ts');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, '--tmp', '--rpc-port', '0', '--block-time', '100'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 60_000;
      while (!/authored block/.test(output) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.match(output, /taonet localnet/);
      assert.match(output, /node started/, output.slice(-2000));
      assert.match(output, /authored block number=1/, output.slice(-2000));
    } finally {
      child.kill('SIGINT');
    }
    assert.equal(await exited, 0, output.slice(-2000));
  });
});
