import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StoreSpace } from '@taonet/storage';
import { createNodeMetrics } from '../../../src/metrics/nodeMetrics.js';
import type { TxPool } from '../../../src/txpool/txPool.js';

const pool = { readyCount: 0, futureCount: 0, bytes: 0 } as unknown as TxPool;

describe('createNodeMetrics database gauges', () => {
  it('renders entries, page bytes per table and kind, used and free bytes, read at scrape time', () => {
    let trieNodes = 10;
    const space = (): StoreSpace => ({
      pageSize: 4096,
      usedPages: 100,
      freePages: 7,
      dbs: {
        trieNodes: { entries: trieNodes, branchPages: 1, leafPages: 20, overflowPages: 0 },
        events: { entries: 3, branchPages: 0, leafPages: 1, overflowPages: 9 },
      },
    });
    const metrics = createNodeMetrics(pool, space);
    trieNodes = 12;
    const text = metrics.registry.render();
    assert.match(text, /^taonet_db_entries\{db="trieNodes"\} 12$/m);
    assert.match(text, /^taonet_db_entries\{db="events"\} 3$/m);
    assert.match(text, /^taonet_db_page_bytes\{db="trieNodes",page="leaf"\} 81920$/m);
    assert.match(text, /^taonet_db_page_bytes\{db="events",page="overflow"\} 36864$/m);
    assert.match(text, /^taonet_db_used_bytes 409600$/m);
    assert.match(text, /^taonet_db_free_bytes 28672$/m);
  });

  it('has no database gauges without a store', () => {
    assert.doesNotMatch(createNodeMetrics(pool).registry.render(), /taonet_db_/);
  });
});
