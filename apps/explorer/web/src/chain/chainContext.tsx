/**
 * The connection to the node, shared by every page: one SDK client, its status, and the best and
 * finalized heads as they arrive. The client reconnects by itself; the head subscriptions are retried
 * until the node answers, so a node that is down at page load is picked up when it comes back.
 */
import { type BlockHeader, type Client, type ConnectionStatus, watchHeads } from '@taonet/sdk';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { Connection } from './createConnection.js';

export interface Head {
  readonly number: number;
  /** when the page saw it (ms since the epoch) */
  readonly seenAt: number;
}

export interface ChainState {
  readonly client: Client;
  readonly url: string;
  readonly status: ConnectionStatus;
  readonly best: Head | undefined;
  readonly finalized: Head | undefined;
  /** the last failure to reach the node, cleared once it answers */
  readonly error: string | undefined;
}

const ChainContext = createContext<ChainState | undefined>(undefined);

export function useChain(): ChainState {
  const state = useContext(ChainContext);
  if (state === undefined) throw new Error('useChain outside <ChainProvider>');
  return state;
}

const RETRY_MS = 1_500;

function useHeads(
  client: Client,
  finalized: boolean,
  onError: (e: Error | undefined) => void,
): Head | undefined {
  const [head, setHead] = useState<Head>();
  useEffect(() => {
    let stop: (() => Promise<void>) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const onHeader = (header: BlockHeader) => {
      onError(undefined);
      setHead((old) => (old?.number === header.number ? old : { number: header.number, seenAt: Date.now() }));
    };
    const start = () => {
      watchHeads(client, { finalized, onHeader, onError: (e) => onError(e) }).then(
        (unsubscribe) => {
          if (cancelled) void unsubscribe().catch(() => {});
          else stop = unsubscribe;
        },
        (error: Error) => {
          onError(error);
          if (!cancelled) timer = setTimeout(start, RETRY_MS);
        },
      );
    };
    start();
    return () => {
      cancelled = true;
      clearTimeout(timer);
      void stop?.().catch(() => {});
    };
  }, [client, finalized, onError]);
  return head;
}

export function ChainProvider({ connection, children }: { connection: Connection; children: ReactNode }) {
  const { client, url } = connection;
  const [status, setStatus] = useState<ConnectionStatus>(client.status);
  const [error, setError] = useState<string>();
  useEffect(() => connection.onStatus(setStatus), [connection]);
  const onError = useMemo(() => (e: Error | undefined) => setError(e?.message), []);
  const best = useHeads(client, false, onError);
  const finalized = useHeads(client, true, onError);
  const value = useMemo(
    () => ({ client, url, status, best, finalized, error }),
    [client, url, status, best, finalized, error],
  );
  return <ChainContext.Provider value={value}>{children}</ChainContext.Provider>;
}
