/**
 * Bounds how many OCR jobs run at once (the models share the machine's cores: running more at once only
 * makes each slower) and how many may wait; a job beyond the queue is refused at once with OCR_BUSY, so
 * a flooded miner answers quickly instead of timing out everyone.
 */
import { TaonetError } from '@taonet/primitives';

export interface ConcurrencyLimit {
  run<T>(job: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

export function createConcurrencyLimit(concurrency: number, maxWaiting: number): ConcurrencyLimit {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    active--;
    const next = queue.shift();
    if (next !== undefined) {
      active++;
      next();
    }
  };
  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (active >= concurrency) {
        if (queue.length >= maxWaiting) {
          throw new TaonetError('OCR_BUSY', `OCR queue full (${active} running, ${queue.length} waiting)`);
        }
        await new Promise<void>((resolve) => queue.push(resolve));
      } else {
        active++;
      }
      try {
        return await job();
      } finally {
        release();
      }
    },
  };
}
