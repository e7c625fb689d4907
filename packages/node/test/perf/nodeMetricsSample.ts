/**
 * Where the bytes of the node's `data.mdb` are and how big its JavaScript heap is, read from its
 * `/metrics` (the node reads the numbers itself: no second process opens the LMDB environment, whose
 * read transaction would pin pages).
 */

export interface DbTableSample {
  readonly db: string;
  readonly entries: number;
  /** branch + leaf + overflow pages, MiB, and the overflow part (values larger than a page) */
  readonly mib: number;
  readonly overflowMiB: number;
}

export interface DbSpaceSample {
  /** data.mdb up to its last used page, and the free pages within it, MiB */
  readonly usedMiB: number;
  readonly freeMiB: number;
  readonly tables: readonly DbTableSample[];
}

/** The JavaScript heap: live objects after the last collection plus garbage not collected yet. */
export interface HeapSample {
  readonly usedMiB: number;
  /** what V8 has reserved for the heap */
  readonly totalMiB: number;
  /** buffers and native objects owned by JavaScript objects */
  readonly externalMiB: number;
}

export interface NodeMetricsSample {
  readonly space: DbSpaceSample;
  readonly heap: HeapSample;
}

const MIB = 2 ** 20;

export async function readNodeMetricsSample(rpcUrl: string): Promise<NodeMetricsSample> {
  const url = `${rpcUrl.replace(/^ws/, 'http')}/metrics`;
  const text = await (await fetch(url)).text();
  const single = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
  return {
    space: readDbSpace(text, single),
    heap: {
      usedMiB: single('nodejs_heap_size_used_bytes') / MIB,
      totalMiB: single('nodejs_heap_size_total_bytes') / MIB,
      externalMiB: single('nodejs_external_memory_bytes') / MIB,
    },
  };
}

function readDbSpace(text: string, single: (name: string) => number): DbSpaceSample {
  const tables = new Map<string, { entries: number; bytes: number; overflow: number }>();
  const table = (db: string) => {
    let entry = tables.get(db);
    if (entry === undefined) tables.set(db, (entry = { entries: 0, bytes: 0, overflow: 0 }));
    return entry;
  };
  for (const [, db, value] of text.matchAll(/^taonet_db_entries\{db="(\w+)"\} (\S+)$/gm)) {
    table(db!).entries = Number(value);
  }
  for (const [, db, page, value] of text.matchAll(
    /^taonet_db_page_bytes\{db="(\w+)",page="(\w+)"\} (\S+)$/gm,
  )) {
    table(db!).bytes += Number(value);
    if (page === 'overflow') table(db!).overflow += Number(value);
  }
  return {
    usedMiB: single('taonet_db_used_bytes') / MIB,
    freeMiB: single('taonet_db_free_bytes') / MIB,
    tables: [...tables].map(([db, t]) => ({
      db,
      entries: t.entries,
      mib: t.bytes / MIB,
      overflowMiB: t.overflow / MIB,
    })),
  };
}
