/**
 * `npm run bench -- explorer`: the explorer rendering the subnet list and a metagraph in chromium, on a chain
 * whose genesis holds 128 subnets of 256 uids each (flags: --subnets=N, --uids=N, --runs=N, --block-time=MS).
 * A node runs the generated chain spec on loopback; the built app is served; each figure is the time from the
 * navigation (a fresh page load, or a click inside the running app) until the table shows every row, median
 * and p90 of the runs after one warm-up, next to the SDK reading the same data from Node (the baseline). It
 * also times a sort of the 256-row metagraph and counts the rows actually in the DOM.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Client, createClient, getAllDynamicInfo, getSubnets, syncMetagraph } from '@taonet/sdk';
import type { Page } from 'playwright-core';
import { buildExplorer, createExplorerServer } from '../../src/index.js';
import { hasChromium, launchChromium, openPage, screenshot } from '../e2e/browserSession.js';
import { writeBenchChainSpec } from './benchGenesis.js';
import { startSpecNode } from './startSpecNode.js';

const flag = (args: readonly string[], name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

function stats(values: readonly number[]): { median: number; p90: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { median: q(0.5), p90: q(0.9) };
}

/** Runs `op` once to warm up, then `runs` times: its duration, or the duration it returns (ms). */
async function time(runs: number, op: () => Promise<unknown>): Promise<{ median: number; p90: number }> {
  await op();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const measured = await op();
    times.push(typeof measured === 'number' ? measured : performance.now() - start);
  }
  return stats(times);
}

const row = (label: string, s: { median: number; p90: number }, limit?: number) =>
  console.log(
    `${label.padEnd(62)} ${s.median.toFixed(0).padStart(6)} ms  (p90 ${s.p90.toFixed(0)} ms)${
      limit === undefined ? '' : s.p90 < limit ? '  < 1 s: yes' : '  < 1 s: NO'
    }`,
  );

const tableFull = (page: Page, table: string, rows: number) =>
  page.waitForSelector(`[data-panel][data-state="ready"] [data-table="${table}"][data-rows="${rows}"]`, {
    timeout: 30_000,
  });

/** Scrolls a table top to bottom in 40 steps, each until the next painted frame; ms per step. */
async function scrollFrames(page: Page, table: string): Promise<{ median: number; p90: number }> {
  const times = (await page.evaluate(`(async () => {
    const body = document.querySelector('[data-table="${table}"] .vtable-body');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const times = [];
    for (let i = 0; i <= 40; i++) {
      const start = performance.now();
      body.scrollTop = (i * (body.scrollHeight - body.clientHeight)) / 40;
      await frame();
      times.push(performance.now() - start);
    }
    return times;
  })()`)) as number[];
  return stats(times);
}

interface BenchTarget {
  readonly page: Page;
  readonly baseUrl: string;
  readonly runs: number;
  /** rows of the subnet list */
  readonly n: number;
  /** uids of subnet 1 */
  readonly filled: number;
}

/** The baseline: the SDK reading the subnet list and the metagraph from Node. */
async function benchSdk(client: Client, runs: number, uids: number): Promise<{ n: number; filled: number }> {
  const n = (await getAllDynamicInfo(client)).length;
  const filled = (await syncMetagraph(client, { netuid: 1 })).n;
  if (filled < uids)
    console.log(
      `note: subnet 1 has ${filled} uids, not ${uids}: no genesis \`fill\` in this node's chain spec`,
    );
  row(
    `SDK: getAllDynamicInfo + getSubnets (${n} subnets, Node)`,
    await time(runs, () => Promise.all([getAllDynamicInfo(client), getSubnets(client)])),
  );
  row(
    `SDK: syncMetagraph (${filled} uids, Node)`,
    await time(runs, () => syncMetagraph(client, { netuid: 1 })),
  );
  return { n, filled };
}

/** A fresh page load of each table's route until the table shows every row. */
async function benchPageLoads({ page, baseUrl, runs, n, filled }: BenchTarget): Promise<void> {
  const load = (route: string, table: string, rows: number) => async () => {
    await page.goto('about:blank');
    const start = performance.now();
    await page.goto(`${baseUrl}#/${route}`);
    await tableFull(page, table, rows);
    return performance.now() - start;
  };
  row(`browser, page load: subnet list (${n} rows)`, await time(runs, load('subnets', 'subnets', n)), 1_000);
  row(
    `browser, page load: metagraph of subnet 1 (${filled} rows)`,
    await time(runs, load('subnet/1', 'metagraph', filled)),
    1_000,
  );
}

/** A click inside the running app until the table shows every row; a screenshot of each table. */
async function benchInAppClicks({ page, baseUrl, runs, n, filled }: BenchTarget): Promise<void> {
  // from a page whose own data is in (a click while it still loads would time both)
  const click = (from: string, ready: string, selector: string, table: string, rows: number) => async () => {
    await page.goto(`${baseUrl}#/${from}`);
    await page.waitForSelector(`[data-panel="${ready}"][data-state="ready"]`);
    await page.waitForTimeout(500); // a reader's pause: the page's first loads are over
    await page.waitForSelector(selector);
    const start = performance.now();
    await page.click(selector);
    await tableFull(page, table, rows);
    return performance.now() - start;
  };
  row(
    `browser, in the app: Subnets link -> list (${n} rows)`,
    await time(runs, click('blocks', 'blocks', 'nav a[href="#/subnets"]', 'subnets', n)),
    1_000,
  );
  await page.goto(`${baseUrl}#/subnets`);
  await tableFull(page, 'subnets', n);
  await screenshot(page, `bench-subnets-${n}`);
  row(
    `browser, in the app: subnet link -> metagraph (${filled} rows)`,
    await time(
      runs,
      click('subnets', 'subnets', '[data-table="subnets"] a[href="#/subnet/1"]', 'metagraph', filled),
    ),
    1_000,
  );
  await screenshot(page, `bench-metagraph-${filled}`);
}

/** On the open metagraph: a sort by stake, a scroll top to bottom, and the rows in the DOM. */
async function benchMetagraphTable({ page, runs, filled }: BenchTarget): Promise<void> {
  const sort = async () => {
    await page.click('[data-table="metagraph"] [data-col="stake"] button');
    await page.evaluate(
      'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
    );
  };
  row(`browser: sort the metagraph by stake (${filled} rows, to the next frame)`, await time(runs, sort));
  const scrolled = await scrollFrames(page, 'metagraph');
  console.log(
    `metagraph scrolled top to bottom in 40 steps: ${scrolled.median.toFixed(1)} ms per step to a painted frame (p90 ${scrolled.p90.toFixed(1)} ms)`,
  );
  const inDom = await page.$$eval('[data-table="metagraph"] .vtable-row', (rows) => rows.length);
  console.log(`metagraph rows in the DOM: ${inDom} of ${filled} (virtualised)`);
}

export async function run(args: string[] = []): Promise<void> {
  if (!hasChromium()) {
    console.log('explorer bench skipped: no chromium at /usr/bin/chromium (apt-get install chromium)');
    return;
  }
  const subnets = flag(args, 'subnets', 128);
  const uids = flag(args, 'uids', 256);
  const runs = flag(args, 'runs', 10);
  const dir = mkdtempSync(join(tmpdir(), 'explorer-bench-'));
  const spec = await writeBenchChainSpec(dir, { subnets, uids, blockTime: flag(args, 'block-time', 1_000) });
  const started = performance.now();
  const [node] = await Promise.all([startSpecNode(spec), buildExplorer({ outDir: join(dir, 'dist') })]);
  console.log(
    `genesis of ${subnets} subnets x ${uids} uids and app build: ${((performance.now() - started) / 1000).toFixed(1)} s (setup)`,
  );
  const client = createClient({ url: node.url, timeoutMs: 60_000 });
  const server = await createExplorerServer({ distDir: join(dir, 'dist'), rpcUrl: node.url, port: 0 });
  const browser = await launchChromium();
  try {
    const { n, filled } = await benchSdk(client, runs, uids);
    const { page, errors } = await openPage(browser);
    const target: BenchTarget = { page, baseUrl: server.url, runs, n, filled };
    await benchPageLoads(target);
    await benchInAppClicks(target);
    await benchMetagraphTable(target);
    console.log(`console errors: ${errors.length === 0 ? 'none' : errors.join(' | ')}`);
  } finally {
    await browser.close();
    await server.close();
    await client.close();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
