/**
 * The order in which ready transactions go into a block: best priority first among the transactions
 * whose predecessors (same signer, lower nonce) are already taken, like Substrate's ready queue.
 */
import { isBefore, type PoolTransaction } from './poolTransaction.js';
import type { SenderQueue } from './senderQueue.js';

class Heap {
  private readonly items: { tx: PoolTransaction; rest: Iterator<PoolTransaction> }[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: { tx: PoolTransaction; rest: Iterator<PoolTransaction> }): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!isBefore(items[i]!.tx, items[parent]!.tx)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): { tx: PoolTransaction; rest: Iterator<PoolTransaction> } | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < items.length && isBefore(items[left]!.tx, items[best]!.tx)) best = left;
      if (right < items.length && isBefore(items[right]!.tx, items[best]!.tx)) best = right;
      if (best === i) break;
      [items[i], items[best]] = [items[best]!, items[i]!];
      i = best;
    }
    return top;
  }
}

/** Ready transactions of all signers in block order (a snapshot of the queues when called). */
export function* iterateReady(queues: Iterable<SenderQueue>): Generator<PoolTransaction> {
  const heap = new Heap();
  for (const queue of queues) {
    const rest = [...queue.ready()][Symbol.iterator]();
    const first = rest.next();
    if (!first.done) heap.push({ tx: first.value, rest });
  }
  for (let item = heap.pop(); item !== undefined; item = heap.pop()) {
    yield item.tx;
    const next = item.rest.next();
    if (!next.done) heap.push({ tx: next.value, rest: item.rest });
  }
}
