/**
 * The node's metrics: chain height (best, finalized), block import and authoring time, extrinsics per
 * block, pool size, RPC calls and latency per method, open RPC connections, resident memory, the
 * JavaScript heap, and where the bytes of the database file are (per table and free pages).
 */
import type { StoreSpace } from '@taonet/storage';
import type { NewBlock } from '../chain/chainService.js';
import type { TxPool } from '../txpool/txPool.js';
import { type Histogram, MetricsRegistry } from './metricsRegistry.js';

const SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface NodeMetrics {
  readonly registry: MetricsRegistry;
  onBlock(block: NewBlock, finalized: number): void;
  onRpcCall(method: string, ms: number, ok: boolean): void;
  readonly rpcCallSeconds: Histogram;
  setRpcConnections(count: number): void;
}

/** Gauges of the database file, read from the store at scrape time. */
function addStoreSpaceGauges(registry: MetricsRegistry, space: () => StoreSpace): void {
  const perDb = (read: (db: StoreSpace['dbs'][string], pageSize: number) => [string, number][]) => () => {
    const { pageSize, dbs } = space();
    const out = new Map<Readonly<Record<string, string>>, number>();
    // deterministic: the store lists its tables in a fixed order
    for (const [db, stats] of Object.entries(dbs)) {
      for (const [kind, value] of read(stats, pageSize))
        out.set(kind === '' ? { db } : { db, page: kind }, value);
    }
    return out;
  };
  registry.gauge(
    'taonet_db_entries',
    'Entries per database table.',
    perDb((stats) => [['', stats.entries]]),
  );
  registry.gauge(
    'taonet_db_page_bytes',
    'Bytes of pages per database table and page kind (branch, leaf, overflow).',
    perDb((stats, size) => [
      ['branch', stats.branchPages * size],
      ['leaf', stats.leafPages * size],
      ['overflow', stats.overflowPages * size],
    ]),
  );
  registry.gauge('taonet_db_used_bytes', 'Bytes of the database file up to its last used page.', () => {
    const { usedPages, pageSize } = space();
    return usedPages * pageSize;
  });
  registry.gauge('taonet_db_free_bytes', 'Bytes of free pages in the database file (reusable).', () => {
    const { freePages, pageSize } = space();
    return freePages * pageSize;
  });
}

/** The JavaScript heap (live objects and the space reserved for them) and memory held outside it. */
function addHeapGauges(registry: MetricsRegistry): void {
  registry.gauge(
    'nodejs_heap_size_used_bytes',
    'JavaScript heap in use, bytes.',
    () => process.memoryUsage().heapUsed,
  );
  registry.gauge(
    'nodejs_heap_size_total_bytes',
    'JavaScript heap reserved, bytes.',
    () => process.memoryUsage().heapTotal,
  );
  registry.gauge(
    'nodejs_external_memory_bytes',
    'Memory of buffers and native objects owned by JavaScript objects, bytes.',
    () => process.memoryUsage().external,
  );
}

export function createNodeMetrics(pool: TxPool, space?: () => StoreSpace): NodeMetrics {
  const registry = new MetricsRegistry();
  const height = registry.gauge('taonet_block_height', 'Block height by status (best, finalized).');
  const blockSeconds = registry.histogram(
    'taonet_block_seconds',
    'Time to build or import and commit a block.',
    SECONDS,
  );
  const extrinsics = registry.counter('taonet_extrinsics_total', 'Extrinsics in committed blocks.');
  registry.gauge('taonet_txpool_ready', 'Ready transactions in the pool.', () => pool.readyCount);
  registry.gauge('taonet_txpool_future', 'Future transactions in the pool.', () => pool.futureCount);
  registry.gauge('taonet_txpool_bytes', 'Bytes of pooled transactions.', () => pool.bytes);
  const rpcCalls = registry.counter('taonet_rpc_calls_total', 'RPC calls by method and outcome.');
  const rpcCallSeconds = registry.histogram(
    'taonet_rpc_call_seconds',
    'RPC call latency by method.',
    SECONDS,
  );
  const connections = registry.gauge('taonet_rpc_connections', 'Open WebSocket connections.');
  registry.gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', () =>
    process.memoryUsage.rss(),
  );
  addHeapGauges(registry);
  if (space !== undefined) addStoreSpaceGauges(registry, space);
  return {
    registry,
    rpcCallSeconds,
    onBlock(block, finalized) {
      height.set(block.number, { status: 'best' });
      height.set(finalized, { status: 'finalized' });
      blockSeconds.observe(block.timings.totalMs / 1000, { origin: block.origin });
      extrinsics.inc({}, block.extrinsics.length);
    },
    onRpcCall(method, ms, ok) {
      rpcCalls.inc({ method, status: ok ? 'ok' : 'error' });
      rpcCallSeconds.observe(ms / 1000, { method });
    },
    setRpcConnections: (count) => connections.set(count),
  };
}
