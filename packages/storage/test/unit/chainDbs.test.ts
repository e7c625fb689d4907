import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_MAP_SIZE, openChainStore } from '@taonet/storage';
import { type ChainDbs, openChainDbs } from '../../src/chainDbs.js';
import { createTempDir } from '../fixtures/tempStore.js';

/** The mappings of `file` in this process's address space. */
const mappingsOf = (file: string) =>
  readFileSync('/proc/self/maps', 'utf8')
    .split('\n')
    .filter((line) => line.endsWith(file));

const mapSizeOf = (env: ChainDbs['env']) => (env.getStats() as { mapSize: number }).mapSize;

describe('openChainDbs memory map', () => {
  it('reserves a large map up front, so writes never remap, while the file only grows with its data', async () => {
    const path = createTempDir();
    const dbs = openChainDbs({ path, noSync: true });
    try {
      assert.equal(mapSizeOf(dbs.env), DEFAULT_MAP_SIZE);
      const value = new Uint8Array(3000).fill(7);
      // 24 MiB of values, one page each: `lmdb`'s default 128 KiB map would double (remap) 8 times
      for (let batch = 0; batch < 8; batch++) {
        await dbs.env.transaction(() => {
          for (let i = 0; i < 1024; i++) dbs.blocks.put(Uint8Array.of(batch, i >> 8, i & 255), value);
        });
      }
      const file = join(path, 'data.mdb');
      const { size, blocks } = statSync(file);
      assert.ok(size > 24 * 2 ** 20 && size < 64 * 2 ** 20, `data.mdb is ${size} bytes`);
      assert.ok(blocks * 512 < 64 * 2 ** 20, `data.mdb occupies ${blocks * 512} bytes on disk`);
      if (process.platform === 'linux') assert.equal(mappingsOf(file).length, 1);
    } finally {
      await dbs.env.close();
      rmSync(path, { recursive: true, force: true });
    }
  });

  it('takes the map size from the store options and refuses a nonsensical one', async () => {
    const path = createTempDir();
    try {
      const store = await openChainStore({ path, noSync: true, mapSize: 2 ** 30 });
      await store.close();
      const dbs = openChainDbs({ path, mapSize: 2 ** 30 });
      assert.equal(mapSizeOf(dbs.env), 2 ** 30);
      await dbs.env.close();
      for (const mapSize of [0, 1000, 2 ** 20 + 0.5, Number.NaN]) {
        await assert.rejects(openChainStore({ path, mapSize }), { code: 'INVALID_OPTION' });
      }
    } finally {
      rmSync(path, { recursive: true, force: true });
    }
  });
});
