/**
 * The explorer as `npm start` runs it: `tao localnet up` (the dev chain, the OCR and forecasting subnets, their
 * owners, validators and miners as processes) starts `tao explorer` as a service and records its URL. That
 * page, in chromium, shows the localnet's subnets by name, a subnet's metagraph with its neurons, live
 * blocks and no console error; screenshots go to apps/explorer/.screenshots/localnet-*.png.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Client, createClient, getAllDynamicInfo, getBlockHash, syncMetagraph } from '@taonet/sdk';
import type { Browser } from 'playwright-core';
import { hasChromium, launchChromium, openPage, type RecordedPage, screenshot } from './browserSession.js';
import { openRoute, parseAmount, waitForPanelState } from './explorerPages.js';

const TAO_BIN = join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'cli', 'bin', 'tao.js');
const skip = hasChromium() ? false : 'chromium is not installed at /usr/bin/chromium (.ci/run installs it)';

interface LocalnetState {
  readonly rpc: string;
  readonly explorer: string | null;
  readonly processes: readonly { readonly pid: number }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the explorer of `npm start` (tao localnet up)', { skip }, () => {
  let dir: string;
  let up: ChildProcess | undefined;
  let exited: Promise<unknown>;
  let output = '';
  let state: LocalnetState | undefined;
  let client: Client;
  let browser: Browser;
  let tab: RecordedPage;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'explorer-localnet-'));
    const env = { ...process.env, HOME: dir, NO_COLOR: '1', TAO_LOCALNET_DIR: join(dir, 'net') };
    const args = ['localnet', 'up', '--rpc-port', '0', '--axon-base-port', '0', '--explorer-port', '0'];
    up = spawn(process.execPath, [TAO_BIN, ...args, '--status-every', '0'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    up.stdout?.on('data', (chunk) => (output += chunk));
    up.stderr?.on('data', (chunk) => (output += chunk));
    exited = new Promise((resolve) => up?.on('exit', resolve));
    const deadline = Date.now() + 180_000;
    while (state?.explorer == null && Date.now() < deadline && up.exitCode === null) {
      await sleep(500);
      state = await readFile(join(dir, 'net', 'localnet.json'), 'utf8').then(JSON.parse, () => undefined);
    }
    assert.ok(state?.explorer, `the localnet did not come up with its explorer:\n${output.slice(-3000)}`);
    // the service may still be building the app
    while (
      Date.now() < deadline &&
      !(await fetch(state.explorer).then(
        (r) => r.ok,
        () => false,
      ))
    )
      await sleep(500);
    client = createClient({ url: state.rpc, timeoutMs: 20_000 });
    browser = await launchChromium();
    tab = await openPage(browser);
  });

  after(async () => {
    await browser?.close();
    await client?.close();
    if (up !== undefined && up.exitCode === null) {
      up.kill('SIGTERM');
      await exited;
    }
    for (const p of state?.processes ?? []) {
      try {
        process.kill(-p.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the localnet: live blocks, its subnets by name, a metagraph with every neuron', async () => {
    const { page } = tab;
    const base = state!.explorer!.endsWith('/') ? state!.explorer! : `${state!.explorer!}/`;
    const overview = await openRoute(page, base, '', 'overview');
    await waitForPanelState(page, 'overview', (next) => parseAmount(next.stats.best ?? '') > overview.block);
    await screenshot(page, 'localnet-overview');
    const subnets = await openRoute(page, base, 'subnets', 'subnets');
    const dynamic = await getAllDynamicInfo(client, {
      at: await getBlockHash(client, { number: subnets.block }),
    });
    assert.equal(subnets.tables.subnets!.rows, dynamic.length);
    const text = subnets.tables.subnets!.texts.join('\n');
    const named = dynamic.filter((d) => (d.identity?.subnetName || d.name) !== '');
    assert.ok(named.length >= 2, 'the localnet has its two named subnets');
    for (const d of named) assert.match(text, new RegExp(d.identity?.subnetName || d.name));
    await screenshot(page, 'localnet-subnets');
    const netuid = named.at(-1)!.netuid;
    const view = await openRoute(page, base, `subnet/${netuid}`, 'metagraph');
    const mg = await syncMetagraph(client, {
      netuid,
      block: await getBlockHash(client, { number: view.block }),
    });
    assert.ok(mg.n >= 3);
    assert.equal(view.tables.metagraph!.rows, mg.n);
    await screenshot(page, 'localnet-subnet');
    assert.deepEqual(tab.errors, []);
  });
});
