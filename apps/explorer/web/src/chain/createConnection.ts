/** The app's one SDK client, made outside React so re-renders never close it, with its status as a store. */
import { type Client, type ConnectionStatus, createClient } from '@taonet/sdk';

export interface Connection {
  readonly url: string;
  readonly client: Client;
  /** calls `listener` on every status change; returns the unsubscribe function */
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
}

export function createConnection(url: string): Connection {
  const listeners = new Set<(status: ConnectionStatus) => void>();
  const client = createClient({
    url,
    timeoutMs: 8_000,
    keepAliveMs: 5_000,
    reconnect: { initialDelayMs: 250, maxDelayMs: 2_000 },
    onStatus: (status) => {
      for (const listener of listeners) listener(status);
    },
  });
  return {
    url,
    client,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
