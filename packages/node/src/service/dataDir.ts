/**
 * The node's data directory: `<base>/chains/<chain id>/db` holds the LMDB store, and `LOCK` beside it
 * holds the pid of the node using it. A second node on the same directory is refused while that pid
 * lives; a lock left by a killed node is taken over.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TaonetError } from '@taonet/primitives';

export interface DataDir {
  readonly basePath: string;
  readonly chainPath: string;
  readonly dbPath: string;
  /** releases the lock (and removes a temporary directory) */
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeLock(lockPath: string): void {
  try {
    writeFileSync(lockPath, `${process.pid}\n`, { flag: 'wx' });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
  if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
    throw new TaonetError(
      'DATA_DIR_LOCKED',
      `${lockPath} is held by process ${holder}: another node uses this data directory`,
      {
        details: { lockPath, pid: holder },
      },
    );
  }
  writeFileSync(lockPath, `${process.pid}\n`);
}

export function openDataDir(opts: { basePath?: string; chainId: string; tmp?: boolean }): DataDir {
  const temporary = opts.tmp === true || opts.basePath === undefined;
  const basePath = temporary ? mkdtempSync(join(tmpdir(), 'taonet-node-')) : opts.basePath!;
  const chainPath = join(basePath, 'chains', opts.chainId);
  const dbPath = join(chainPath, 'db');
  mkdirSync(dbPath, { recursive: true });
  const lockPath = join(chainPath, 'LOCK');
  takeLock(lockPath);
  let released = false;
  return {
    basePath,
    chainPath,
    dbPath,
    release() {
      if (released) return;
      released = true;
      rmSync(lockPath, { force: true });
      if (temporary) rmSync(basePath, { recursive: true, force: true });
    },
  };
}
