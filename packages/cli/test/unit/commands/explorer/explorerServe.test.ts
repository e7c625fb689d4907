/**
 * `tao explorer` in process: listed at the top level, a bad --port is a usage error, and a run serves the
 * app with the node's URL in /config.json, prints its URL, and stops on SIGINT (the app is built first
 * when apps/explorer/dist is missing or stale).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../../../../src/runCli.js';
import { captureIo } from '../../../fixtures/captureIo.js';

describe('tao explorer', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tao-explorer-'));
  after(() => rm(dir, { recursive: true, force: true }));
  const io = () => captureIo({ TAO_CONFIG: join(dir, 'config.json'), NO_COLOR: '1' }, dir);

  it('is a top-level command and refuses a bad port', async () => {
    const help = io();
    assert.equal(await runCli(['--help'], help), 0);
    assert.match(help.out(), /^\s+explorer\s/m);
    const bad = io();
    assert.equal(await runCli(['explorer', '--port', 'http'], bad), 2);
    assert.match(bad.err(), /--port takes an integer from 0 to 65535/);
  });

  it('serves the app for the node given, prints its URL, stops on SIGINT', async () => {
    const captured = io();
    const running = runCli(['explorer', '--port', '0', '--network', 'ws://127.0.0.1:9'], captured);
    const deadline = Date.now() + 120_000;
    let url: string | undefined;
    while (url === undefined && Date.now() < deadline) {
      url = /explorer (http:\/\/\S+)/.exec(captured.out())?.[1];
      if (url === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.ok(url, captured.err());
    assert.deepEqual(await (await fetch(new URL('config.json', url))).json(), { rpc: 'ws://127.0.0.1:9' });
    assert.match(await (await fetch(url)).text(), /<div id="root">/);
    process.emit('SIGINT', 'SIGINT');
    assert.equal(await running, 0);
    assert.match(captured.out(), /explorer stopped \(SIGINT\)/);
  });
});
