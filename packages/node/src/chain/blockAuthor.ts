/**
 * The Aura authoring loop: at the start of each slot (wall clock, `blockTime` ms long) whose authority
 * is our key, build a block on the best block from the pool and commit it. How many transactions fit
 * is learnt from the blocks already built: a fixed cost per block plus a cost per transaction, both
 * moving averages, against `buildBudgetRatio` of the slot, so a busy pool never makes a block overrun
 * its slot. Transactions the executive refused leave the pool as invalid.
 */
import type { Keypair } from '@taonet/crypto';
import type { TxPool } from '../txpool/txPool.js';
import type { AuthoredBlock, ChainService } from './chainService.js';

export interface BlockAuthorOpts {
  readonly key: Keypair;
  /** the clock, ms since the Unix epoch (tests pass a fake one) */
  readonly now?: () => number;
}

export interface BlockAuthorModules {
  readonly chain: ChainService;
  readonly pool: TxPool;
  readonly onBlock?: (block: AuthoredBlock) => void;
  readonly onError?: (error: unknown, slot: number) => void;
}

const SMOOTHING = 0.3;

export class BlockAuthor {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private fixedMs = 2;
  private perTxMs = 0.5;
  private readonly now: () => number;

  constructor(
    private readonly opts: BlockAuthorOpts,
    private readonly modules: BlockAuthorModules,
  ) {
    this.now = opts.now ?? Date.now;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule();
  }

  /** Stops scheduling and waits for a block in progress to commit. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** How many transactions the next block may take. */
  get maxTransactions(): number {
    const { chain } = this.modules;
    const budget = chain.spec.blockTime * chain.blockLimits.buildBudgetRatio - this.fixedMs;
    return Math.max(1, Math.floor(budget / this.perTxMs));
  }

  /** Authors the block of `slot` if it is ours and still open. */
  async authorSlot(slot: number): Promise<AuthoredBlock | undefined> {
    const { chain, pool } = this.modules;
    if (chain.authorOf(slot) !== this.opts.key.accountId || slot <= chain.best.slot) return undefined;
    const block = await chain.authorBlock(slot, this.opts.key, pool.readyInOrder(), this.maxTransactions);
    for (const { tx } of block.rejected) pool.remove(tx.hash, 'invalid');
    this.learn(block);
    this.modules.onBlock?.(block);
    return block;
  }

  private learn(block: AuthoredBlock): void {
    const count = block.included.length;
    const total = block.timings.totalMs;
    if (count < 10) {
      this.fixedMs += SMOOTHING * (total - this.fixedMs);
    } else {
      const perTx = Math.max((total - this.fixedMs) / count, 0.01);
      this.perTxMs += SMOOTHING * (perTx - this.perTxMs);
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    const blockTime = this.modules.chain.spec.blockTime;
    const delay = blockTime - (this.now() % blockTime);
    this.timer = setTimeout(() => this.tick(), delay);
  }

  private tick(): void {
    const slot = this.modules.chain.slotAt(this.now());
    this.running = this.authorSlot(slot)
      .then(() => undefined)
      .catch((error) => this.modules.onError?.(error, slot))
      .finally(() => {
        this.running = undefined;
        this.schedule();
      });
  }
}
