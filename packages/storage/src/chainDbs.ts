/**
 * The LMDB environment of a chain store and its named sub-databases. Keys are raw bytes (hashes,
 * state keys) or u32 block numbers; values are raw bytes.
 */
import { type Database, open, type RootDatabase } from 'lmdb';

export type BytesDb = Database<Uint8Array, Uint8Array>;
export type NumberDb = Database<Uint8Array, number>;
export type MetaDb = Database<Uint8Array, string>;

export interface ChainDbs {
  readonly env: RootDatabase;
  /** 'best', 'finalized', 'genesis' (block hashes), 'format' (layout version and pruning mode) */
  readonly meta: MetaDb;
  /** block hash -> the block's encoded bytes, as given */
  readonly blocks: BytesDb;
  /** block hash -> `BlockRecord` (number, parent, state root, header) */
  readonly blockRecords: BytesDb;
  /** block number -> hash of the canonical block at that height */
  readonly numbers: NumberDb;
  /** state key -> value at the best block (the flat view the runtime reads) */
  readonly state: BytesDb;
  /** node key (position ++ hash, `encodeNodeKey`) -> u32 stamp ++ node bytes (`TrieNodeWriter`) */
  readonly trieNodes: BytesDb;
  /**
   * u32 block number ++ node key -> u32 threshold: the trie nodes each block replaced, deleted once its
   * parent's state is pruned (`TrieNodeWriter`); one small entry per node, a block's entries adjacent
   */
  readonly trieDeaths: BytesDb;
  /** block number -> the state changes' undo journal (previous values), kept for recent blocks */
  readonly journal: NumberDb;
  /** block hash -> the block's encoded events, as given */
  readonly events: BytesDb;
  /** extrinsic hash -> block hash ++ u32 index (canonical blocks) */
  readonly extrinsics: BytesDb;
  /** block hash -> its extrinsic hashes, concatenated */
  readonly blockExtrinsics: BytesDb;
}

export interface OpenChainDbsOpts {
  readonly path: string;
  /** Skip fsync on commit: survives a killed process, not an OS crash or power loss. */
  readonly noSync?: boolean;
  /** Bytes of address space reserved for the memory map (default `DEFAULT_MAP_SIZE`). */
  readonly mapSize?: number;
}

/**
 * 64 GiB of virtual address space for the map: reserved, not allocated (without `useWritemap` the file
 * only grows with its data). `lmdb` otherwise starts the map at 128 KiB and doubles it by remapping, and
 * it never unmaps the older maps (readers may still point into them) until the store closes: the pages
 * read through each of them stay resident, so one file counted in RSS several times over. A database that
 * outgrows this size still works (the map then doubles), it only remaps again.
 */
export const DEFAULT_MAP_SIZE = 64 * 2 ** 30;

export function openChainDbs(opts: OpenChainDbsOpts): ChainDbs {
  const env = open({
    path: opts.path,
    maxDbs: 16,
    noSync: opts.noSync ?? false,
    mapSize: opts.mapSize ?? DEFAULT_MAP_SIZE,
  });
  const bytes = (name: string): BytesDb => env.openDB({ name, encoding: 'binary', keyEncoding: 'binary' });
  const numbered = (name: string): NumberDb =>
    env.openDB({ name, encoding: 'binary', keyEncoding: 'uint32' });
  return {
    env,
    meta: env.openDB({ name: 'meta', encoding: 'binary' }),
    blocks: bytes('blocks'),
    blockRecords: bytes('blockRecords'),
    numbers: numbered('numbers'),
    state: bytes('state'),
    trieNodes: bytes('trieNodes'),
    trieDeaths: bytes('trieDeaths'),
    journal: numbered('journal'),
    events: bytes('events'),
    extrinsics: bytes('extrinsics'),
    blockExtrinsics: bytes('blockExtrinsics'),
  };
}
