/**
 * What the explorer's e2e tests run against: a dev node (200 ms blocks) with activity made through the SDK
 * (chainActivity.ts), the app built into a temporary folder and served against that node, and chromium
 * with one page that records console errors. `close()` stops what was started, also after a start that
 * failed half way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BlockHash, type Client, createClient, getBlockHash } from '@taonet/sdk';
import { type DevNode, startDevNode } from '@taonet/testing/devNode';
import type { Browser } from 'playwright-core';
import { buildExplorer, createExplorerServer, type ExplorerServer } from '../../src/index.js';
import { launchChromium, openPage, type RecordedPage } from './browserSession.js';
import { type Activity, createActivity, type DevKeys, loadKeys } from './chainActivity.js';

export interface ExplorerTestbed {
  readonly node: DevNode;
  readonly client: Client;
  readonly keys: DevKeys;
  readonly activity: Activity;
  /** the built app */
  readonly dist: string;
  readonly server: ExplorerServer;
  readonly browser: Browser;
  readonly tab: RecordedPage;
  /** the hash of a block */
  at(block: number): Promise<BlockHash>;
  close(): Promise<void>;
}

export async function startExplorerTestbed(): Promise<ExplorerTestbed> {
  const dist = mkdtempSync(join(tmpdir(), 'explorer-e2e-'));
  const started: { node?: DevNode; client?: Client; server?: ExplorerServer; browser?: Browser } = {};
  const close = async () => {
    await started.browser?.close();
    await started.server?.close();
    await started.client?.close();
    await started.node?.stop();
    rmSync(dist, { recursive: true, force: true });
  };
  try {
    const [node] = await Promise.all([
      startDevNode(['--block-time', '200']).then((n) => (started.node = n)),
      buildExplorer({ outDir: dist }),
    ]);
    const client = (started.client = createClient({ url: node.url, timeoutMs: 15_000 }));
    const keys = await loadKeys();
    const activity = await createActivity(client, keys);
    const server = (started.server = await createExplorerServer({
      distDir: dist,
      rpcUrl: node.url,
      port: 0,
    }));
    const browser = (started.browser = await launchChromium());
    const tab = await openPage(browser);
    const at = (block: number) => getBlockHash(client, { number: block });
    return { node, client, keys, activity, dist, server, browser, tab, at, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A loopback port free at the time of the call. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
