/**
 * One WebSocket to a node, with the rpc package's JSON-RPC transport over it, and the socket's life made
 * visible: `opened` (settles once), `closed` (resolves when the socket is closed, whoever closed it).
 */
import {
  createWebSocketTransport,
  type RpcTransport,
  type WebSocketConstructor,
  type WebSocketLike,
} from '@taonet/rpc/client';
import { ConnectionError } from '../errors/clientErrors.js';

const OPEN = 1;
const CLOSED = 3;

export interface SocketConnection {
  readonly transport: RpcTransport;
  /** resolves when the socket opens; rejects with a `ConnectionError` when it cannot */
  readonly opened: Promise<void>;
  /** resolves when the socket is closed */
  readonly closed: Promise<void>;
  isOpen(): boolean;
  /** closes the socket and resolves once it is closed */
  close(): Promise<void>;
}

export function openSocketConnection(
  url: string,
  WebSocket: WebSocketConstructor,
  timeoutMs: number,
): SocketConnection {
  let socket: WebSocketLike | undefined;
  // The transport constructs its socket synchronously: keep a hand on it to watch its life.
  const Observed = function (this: unknown, target: string) {
    socket = new WebSocket(target);
    return socket;
  } as unknown as WebSocketConstructor;
  const transport = createWebSocketTransport(url, { WebSocket: Observed, timeoutMs });
  const ws = socket as WebSocketLike | undefined;
  if (ws === undefined) throw new ConnectionError(url, 'could not be created');
  let isClosed = false;
  const closed = new Promise<void>((resolve) =>
    ws.addEventListener('close', () => {
      isClosed = true;
      resolve();
    }),
  );
  const opened = new Promise<void>((resolve, reject) => {
    ws.addEventListener('open', () => resolve());
    ws.addEventListener('error', (event) =>
      reject(new ConnectionError(url, 'failed', (event as { error?: unknown }).error)),
    );
    void closed.then(() => reject(new ConnectionError(url, 'closed before it opened')));
  });
  opened.catch(() => undefined);
  return {
    transport,
    opened,
    closed,
    isOpen: () => !isClosed && ws.readyState === OPEN,
    async close() {
      if (!isClosed && ws.readyState !== CLOSED) await transport.close();
      await closed;
    },
  };
}
