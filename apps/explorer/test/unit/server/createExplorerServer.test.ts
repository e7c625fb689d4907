import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  createExplorerServer,
  type ExplorerServer,
  isExplorerBuildStale,
  resolveStaticPath,
} from '../../../src/index.js';

describe('resolveStaticPath', () => {
  it('maps / to index.html and keeps requests inside the folder', () => {
    assert.equal(resolveStaticPath('/srv/app', '/'), '/srv/app/index.html');
    assert.equal(resolveStaticPath('/srv/app', '/assets/a.js?v=1'), '/srv/app/assets/a.js');
    assert.equal(resolveStaticPath('/srv/app', '/../secret'), undefined);
    assert.equal(resolveStaticPath('/srv/app', '/assets/%2e%2e/%2e%2e/etc/passwd'), undefined);
    assert.equal(resolveStaticPath('/srv/app', '/%E0%A4%A'), undefined);
  });
});

describe('createExplorerServer', () => {
  let dir: string;
  let server: ExplorerServer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'explorer-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    server = await createExplorerServer({ distDir: dir, rpcUrl: 'ws://127.0.0.1:9999', port: 0 });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tells the app which node to use', async () => {
    const response = await fetch(new URL('config.json', server.url));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await response.json(), { rpc: 'ws://127.0.0.1:9999' });
  });

  it('serves the app and its assets with their types', async () => {
    const page = await fetch(server.url);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(await page.text(), /id="root"/);
    const script = await fetch(new URL('assets/app.js', server.url));
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(script.headers.get('cache-control') ?? '', /immutable/);
  });

  it('answers unknown pages with the app and unknown assets with 404', async () => {
    assert.match(await (await fetch(new URL('subnets/3', server.url))).text(), /id="root"/);
    assert.equal((await fetch(new URL('assets/missing.js', server.url))).status, 404);
    assert.equal((await fetch(server.url, { method: 'POST' })).status, 405);
  });
});

describe('isExplorerBuildStale', () => {
  it('is stale without a build, fresh after one newer than the sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explorer-stale-'));
    try {
      assert.equal(isExplorerBuildStale(dir), true);
      writeFileSync(join(dir, 'index.html'), '');
      assert.equal(isExplorerBuildStale(dir), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
