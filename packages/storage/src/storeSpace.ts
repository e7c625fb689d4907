/**
 * Where the bytes of `data.mdb` are: per named database its entries and its B-tree pages (branch, leaf,
 * overflow: values too large for a leaf page take whole pages of their own), LMDB's own tables (`main`,
 * which lists the named databases, and `freelist`, which records the free pages), and the free pages
 * themselves: the pages below the file's last used page that no table holds, which later commits reuse.
 * Read in the caller's process from the shared read snapshot, so no transaction stays open.
 */
import type { ChainDbs } from './chainDbs.js';

export interface DbSpace {
  readonly entries: number;
  readonly branchPages: number;
  readonly leafPages: number;
  readonly overflowPages: number;
}

export interface StoreSpace {
  readonly pageSize: number;
  /** Pages up to the last one in use: the part of `data.mdb` LMDB has handed out (the file may be longer). */
  readonly usedPages: number;
  /** Of `usedPages`, the pages no table holds (LMDB's freelist), reusable by later commits. */
  readonly freePages: number;
  /** Per named database, plus `main` (the database directory) and `freelist` (the free-page records). */
  readonly dbs: Readonly<Record<string, DbSpace>>;
}

interface LmdbStat {
  readonly treeBranchPageCount: number;
  readonly treeLeafPageCount: number;
  readonly overflowPages: number;
  readonly entryCount: number;
}

interface LmdbEnvStats extends LmdbStat {
  readonly pageSize: number;
  readonly lastPageNumber: number;
  readonly root: LmdbStat;
  readonly free: LmdbStat;
}

/** LMDB's two meta pages (0 and 1) precede every table's pages. */
const META_PAGES = 2;

function toSpace(stat: LmdbStat): DbSpace {
  return {
    entries: stat.entryCount,
    branchPages: stat.treeBranchPageCount,
    leafPages: stat.treeLeafPageCount,
    overflowPages: stat.overflowPages,
  };
}

const pagesOf = (space: DbSpace) => space.branchPages + space.leafPages + space.overflowPages;

export function readStoreSpace(dbs: ChainDbs): StoreSpace {
  const out: Record<string, DbSpace> = {};
  let env: LmdbEnvStats | undefined;
  // deterministic: ChainDbs' own property order (env first, then its named databases)
  for (const [name, db] of Object.entries(dbs)) {
    if (name === 'env') continue;
    const stats = (db as ChainDbs['meta']).getStats() as LmdbEnvStats;
    env ??= stats;
    out[name] = toSpace(stats);
  }
  if (env === undefined) throw new Error('a chain store has named databases');
  out.main = toSpace(env.root);
  out.freelist = toSpace(env.free);
  const usedPages = env.lastPageNumber + 1;
  let held = META_PAGES;
  for (const space of Object.values(out)) held += pagesOf(space);
  return { pageSize: env.pageSize, usedPages, freePages: usedPages - held, dbs: out };
}
