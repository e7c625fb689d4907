/**
 * One `chain_subscribeNewHeads` subscription shared by every block listener: opened with the first listener,
 * closed with the last. Numbers reach listeners in increasing order; a re-announced or older head is skipped.
 * A listener that throws or rejects is reported, never breaks the others.
 */
import { type Client, watchHeads } from '@taonet/sdk';
import type { BlockListener } from './chainPort.js';

export interface HeadFanout {
  /** Adds a listener; the returned function removes it. */
  subscribe(listener: BlockListener): () => void;
  /** Removes every listener and ends the subscription. */
  stop(): Promise<void>;
}

export function createHeadFanout(client: Client, report: (error: unknown) => void): HeadFanout {
  const listeners = new Set<BlockListener>();
  let stopHeads: Promise<(() => Promise<void>) | null> | null = null;
  let lastBlock = 0;

  const onHead = (number: number): void => {
    if (number <= lastBlock) return;
    lastBlock = number;
    for (const listener of [...listeners]) {
      try {
        void Promise.resolve(listener(number)).catch(report);
      } catch (error) {
        report(error);
      }
    }
  };

  const start = (): void => {
    if (stopHeads !== null) return;
    stopHeads = watchHeads(client, { onHeader: (header) => onHead(header.number), onError: report }).catch(
      (error: unknown) => {
        report(error);
        stopHeads = null;
        return null;
      },
    );
  };

  const stopNow = async (): Promise<void> => {
    const pending = stopHeads;
    stopHeads = null;
    const stop = await pending;
    await stop?.().catch(report);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) void stopNow();
      };
    },
    async stop() {
      listeners.clear();
      await stopNow();
    },
  };
}
