import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createTempStore } from '../fixtures/tempStore.js';
import { testBlock, ZERO_HASH } from '../fixtures/testChain.js';

describe('ChainStore.space', () => {
  it('accounts for every used page of data.mdb: the tables, the freelist and the free pages', async () => {
    const temp = await createTempStore({ stateHistory: 4 });
    try {
      const { store } = temp;
      for (let n = 0; n < 40; n++) {
        const input = testBlock(n, store.best?.hash ?? ZERO_HASH, { changesPerBlock: 200 });
        // one large block body per block: values over a page go to overflow pages
        await store.commitBlock({ ...input, block: new Uint8Array(10_000).fill(n) });
      }
      const space = store.space();
      assert.equal(space.pageSize, 4096);
      assert.equal(space.dbs.blocks?.entries, 40);
      assert.equal(space.dbs.numbers?.entries, 40);
      assert.equal(space.dbs.journal?.entries, 4);
      assert.equal(space.dbs.trieNodes?.entries, store.stats().trieNodes);
      // the death rows of the blocks above the oldest kept state: one small entry per node, no overflow
      assert.ok((space.dbs.trieDeaths?.entries ?? 0) > 0);
      assert.equal(space.dbs.trieDeaths?.overflowPages, 0);
      assert.equal(space.dbs.state?.entries, store.stats().stateKeys);
      // 10,000 bytes take 3 overflow pages each
      assert.equal(space.dbs.blocks?.overflowPages, 40 * 3);
      assert.ok((space.dbs.main?.entries ?? 0) >= 11);
      // pruning freed pages: some are free now, and the tables never hold more than the used pages
      assert.ok(space.freePages > 0, `${space.freePages} free pages`);
      assert.ok(space.freePages < space.usedPages);
      const fileSize = statSync(join(temp.path, 'data.mdb')).size;
      assert.ok(space.usedPages * space.pageSize <= fileSize, `${space.usedPages} pages, file ${fileSize}`);
    } finally {
      await temp.dispose();
    }
  });
});
