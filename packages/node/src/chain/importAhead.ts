/**
 * Blocks queued for import, the first `depth` of them prepared ahead of their turn (`prepareBlock`:
 * decoded, their signature checks already with the verifier's workers). While the main thread executes
 * and commits block k, the workers verify blocks k+1, k+2, ...: a batch of blocks (sync, or several
 * `importBlock` calls without waiting) keeps every core busy.
 */
import { type Block, decodeBlock } from '../block/blockCodec.js';
import type { PreparedBlock } from './verifyBlock.js';

export interface QueuedImport {
  readonly bytes: Uint8Array;
  /** undefined: not prepared yet; null: preparing failed (the import runs every check itself) */
  prepared?: PreparedBlock | null;
}

/** Blocks prepared ahead of the one being imported. */
export const IMPORT_AHEAD_DEPTH = 3;

export class ImportAhead {
  private readonly queued: QueuedImport[] = [];
  private running = 0;

  constructor(
    private readonly prepare: (block: Block) => PreparedBlock | undefined,
    private readonly depth = IMPORT_AHEAD_DEPTH,
  ) {}

  /** A block joins the queue; it is prepared at once when it is not next to run. */
  enqueue(bytes: Uint8Array): QueuedImport {
    const entry: QueuedImport = { bytes };
    this.queued.push(entry);
    this.fill();
    return entry;
  }

  /** `entry`'s turn: it leaves the queue with its preparation; the blocks behind it are prepared. */
  take(entry: QueuedImport): PreparedBlock | undefined {
    const index = this.queued.indexOf(entry);
    if (index >= 0) this.queued.splice(index, 1);
    this.running++;
    this.fill();
    return entry.prepared ?? undefined;
  }

  /** `entry`'s import ended (committed or refused). */
  done(): void {
    this.running--;
  }

  private fill(): void {
    // with no import running, the head runs next: preparing it ahead gains nothing
    const first = this.running > 0 ? 0 : 1;
    for (const entry of this.queued.slice(first, first + this.depth)) {
      if (entry.prepared !== undefined) continue;
      let block: Block | undefined;
      try {
        block = decodeBlock(entry.bytes);
      } catch {
        block = undefined;
      }
      entry.prepared = block === undefined ? null : (this.prepare(block) ?? null);
    }
  }
}
