/**
 * Replay protection for an axon: every nonce accepted inside the freshness window is remembered (per
 * dendrite hotkey and uuid, which the signature covers), so each signed request is served at most once, in
 * any arrival order (a validator's parallel fan-out arrives out of order; the SDK only keeps the highest nonce
 * per key and refuses the rest).
 *
 * Bounded: entries leave once their nonce is older than the widest window (`maxAgeNs`), when a replay
 * would be refused as stale anyway; past `maxEntries` the oldest are evicted and the `floor` rises to the
 * highest evicted nonce, so nothing at or below it is ever accepted again.
 *
 * Durable: with a `dir`, each accepted nonce is appended to `dir/nonces.log` (a synchronous write before the
 * request is served, so a crash cannot forget it), the file is compacted as it grows, and a restart reloads
 * the entries still inside the window. Without a dir, the floor starts at the process start time: requests
 * signed before this axon started are refused, so captures cannot be replayed after a restart.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

export interface NonceStoreOpts {
  /** Where `nonces.log` lives; memory only (with the start-time floor) without one. */
  dir?: string | undefined;
  /** Nonces older than `now - maxAgeNs` are outside every window and can be forgotten. */
  maxAgeNs: bigint;
  /** Upper bound on remembered nonces. */
  maxEntries: number;
  nowNs: () => bigint;
}

export type NonceCheck = 'fresh' | 'replayed' | 'belowFloor';

export interface NonceStore {
  /** Whether `nonce` from `key` (hotkey + uuid) may be accepted; does not record it. */
  check(key: string, nonce: bigint): NonceCheck;
  /** Remembers an accepted nonce (durably with a dir). */
  record(key: string, nonce: bigint): void;
  /** Nonces remembered now. */
  readonly size: number;
  /** Nothing at or below this is accepted. */
  readonly floor: bigint;
  close(): void;
}

const FILE = 'nonces.log';
const KEY_TEXT = /^[\x21-\x7e]{1,200}$/;

/** `hotkey.uuid`, the scope a nonce is unique in (both are covered by the signature). */
export function nonceKey(hotkey: string, uuid: string): string {
  return `${hotkey} ${uuid}`;
}

function parseLine(line: string): [string, bigint] | ['floor', bigint] | null {
  const parts = line.split(' ');
  if (parts[0] === 'floor' && parts.length === 2 && /^\d+$/.test(parts[1]!))
    return ['floor', BigInt(parts[1]!)];
  if (parts.length !== 3 || !/^\d+$/.test(parts[0]!)) return null;
  return [`${parts[1]} ${parts[2]}`, BigInt(parts[0]!)];
}

export function createNonceStore(opts: NonceStoreOpts): NonceStore {
  const entries = new Map<string, bigint>();
  let floor = 0n;
  let fd: number | null = null;
  let linesWritten = 0;
  const path = opts.dir === undefined ? null : join(opts.dir, FILE);

  // check() then record() of one request ask for the same entry: the last one is remembered
  let lastKey = '';
  let lastNonce = -1n;
  let lastEntry = '-1 '; // = `${lastNonce} ${lastKey}`
  const entryKey = (key: string, nonce: bigint) => {
    if (key !== lastKey || nonce !== lastNonce) {
      lastKey = key;
      lastNonce = nonce;
      lastEntry = `${nonce} ${key}`;
    }
    return lastEntry;
  };

  function load(): void {
    if (path === null || !existsSync(path)) return;
    const oldest = opts.nowNs() - opts.maxAgeNs;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const parsed = parseLine(line);
      if (parsed === null) continue;
      if (parsed[0] === 'floor') floor = parsed[1] > floor ? parsed[1] : floor;
      else if (parsed[1] > oldest) entries.set(entryKey(parsed[0], parsed[1]), parsed[1]);
    }
  }

  function compact(): void {
    if (path === null) return;
    const lines = [`floor ${floor}`];
    for (const [k] of entries) lines.push(k);
    const tmp = `${path}.tmp`;
    writeFileSync(tmp, `${lines.join('\n')}\n`);
    if (fd !== null) closeSync(fd);
    renameSync(tmp, path);
    fd = openSync(path, 'a');
    linesWritten = lines.length;
  }

  function append(line: string): void {
    if (fd === null) return;
    writeSync(fd, `${line}\n`);
    linesWritten++;
    if (linesWritten > Math.max(10_000, entries.size * 2)) compact();
  }

  function prune(): void {
    const oldest = opts.nowNs() - opts.maxAgeNs;
    for (const [k, nonce] of entries) {
      if (nonce > oldest && entries.size <= opts.maxEntries) break;
      entries.delete(k);
      if (nonce > oldest && nonce > floor) {
        floor = nonce;
        append(`floor ${floor}`);
      }
    }
  }

  if (path !== null) {
    mkdirSync(opts.dir!, { recursive: true, mode: 0o700 });
    load();
    compact();
  } else floor = opts.nowNs();

  return {
    check(key, nonce) {
      if (nonce <= floor) return 'belowFloor';
      return entries.has(entryKey(key, nonce)) ? 'replayed' : 'fresh';
    },
    record(key, nonce) {
      if (!KEY_TEXT.test(key.replace(' ', '_'))) throw new RangeError('a nonce key is printable ASCII');
      const k = entryKey(key, nonce);
      if (entries.has(k)) return;
      entries.set(k, nonce);
      append(k);
      prune();
    },
    get size() {
      return entries.size;
    },
    get floor() {
      return floor;
    },
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
