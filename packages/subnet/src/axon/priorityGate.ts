/**
 * The axon's forward scheduler: at most `maxConcurrent` forwards run at once; the others wait in a bounded
 * queue ordered by the priority function's value (higher first; FIFO among equals), which the SDK computes
 * but then ignores. When the queue is full, a newcomer with a higher priority than the lowest waiting request
 * takes its place (that one is refused with 503); otherwise the newcomer is refused. A waiting request whose
 * deadline passes leaves the queue.
 */
export type GateRefusal = 'full' | 'evicted' | 'aborted';

export class GateRefused extends Error {
  constructor(readonly reason: GateRefusal) {
    super(`forward refused: ${reason}`);
    this.name = 'GateRefused';
  }
}

interface Waiter {
  priority: number;
  seq: number;
  admit: () => void;
  refuse: (reason: GateRefusal) => void;
}

export interface PriorityGate {
  /** Waits for a slot; resolves with its release function; rejects with GateRefused. */
  enter(priority: number, signal: AbortSignal): Promise<() => void>;
  /** A slot at once when one is free and nobody waits (the common case, no promise); else null. */
  tryEnter(): (() => void) | null;
  readonly running: number;
  readonly waiting: number;
}

/** Higher priority first, then earlier arrival. */
function before(a: Waiter, b: Waiter): boolean {
  return a.priority > b.priority || (a.priority === b.priority && a.seq < b.seq);
}

export function createPriorityGate(maxConcurrent: number, maxQueued: number): PriorityGate {
  let running = 0;
  let seq = 0;
  const queue: Waiter[] = []; // sorted: best first

  function release(): void {
    running--;
    const next = queue.shift();
    if (next !== undefined) {
      running++;
      next.admit();
    }
  }

  function insert(waiter: Waiter): void {
    let i = queue.length;
    while (i > 0 && before(waiter, queue[i - 1]!)) i--;
    queue.splice(i, 0, waiter);
  }

  function onceRelease(): () => void {
    let released = false;
    return () => {
      if (!released) {
        released = true;
        release();
      }
    };
  }

  return {
    tryEnter() {
      if (running >= maxConcurrent || queue.length > 0) return null;
      running++;
      return onceRelease();
    },
    enter(priority, signal) {
      if (signal.aborted) return Promise.reject(new GateRefused('aborted'));
      if (running < maxConcurrent && queue.length === 0) {
        running++;
        return Promise.resolve(onceRelease());
      }
      return new Promise((resolve, reject) => {
        const onAbort = () => {
          const at = queue.indexOf(waiter);
          if (at >= 0) queue.splice(at, 1);
          reject(new GateRefused('aborted'));
        };
        const waiter: Waiter = {
          priority: Number.isFinite(priority) ? priority : 0,
          seq: seq++,
          admit: () => {
            signal.removeEventListener('abort', onAbort);
            resolve(onceRelease());
          },
          refuse: (reason) => {
            signal.removeEventListener('abort', onAbort);
            reject(new GateRefused(reason));
          },
        };
        if (queue.length >= maxQueued) {
          const worst = queue[queue.length - 1];
          if (worst === undefined || !before(waiter, worst)) {
            reject(new GateRefused('full'));
            return;
          }
          queue.pop();
          worst.refuse('evicted');
        }
        signal.addEventListener('abort', onAbort, { once: true });
        insert(waiter);
      });
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
