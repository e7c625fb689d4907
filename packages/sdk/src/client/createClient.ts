/**
 * `createClient`: a connection to a taonet node and nothing more (viem's client). Every action is a
 * function taking the client first: `await getBalance(client, { address })`.
 *
 *   const client = createClient({ url: 'ws://127.0.0.1:9944', timeoutMs: 10_000 });
 *   try { ... } finally { await client.close(); }
 *
 * Over WebSocket the client reconnects with backoff and subscribes again; `close()` resolves once the
 * socket is closed, leaving no handle behind. Requests are typed by the rpc package's declarations.
 */

import {
  createRpcClient,
  type RpcClient,
  type RpcTransport,
  type WebSocketConstructor,
} from '@taonet/rpc/client';
import {
  type ConnectionStatus,
  createReconnectingTransport,
  type ReconnectOpts,
} from './reconnectingTransport.js';

/**
 * `SS58_PREFIX` of @taonet/crypto (the generic substrate prefix), repeated here: importing it would load
 * the hashing code with it, which a client that encodes no address does not need.
 */
const DEFAULT_SS58_FORMAT = 42;

/** The endpoint of a local node (`tao node --dev`, btcli's `local`). */
export const LOCAL_URL = 'ws://127.0.0.1:9944';

export interface ClientOpts {
  /** `ws://` or `wss://` endpoint (default `ws://127.0.0.1:9944`) */
  readonly url?: string;
  /** per-request timeout in milliseconds (default 30,000) */
  readonly timeoutMs?: number;
  /** reconnection backoff, or `false` to stay closed after a drop */
  readonly reconnect?: ReconnectOpts | false;
  /** ping period to detect a dead connection (default 30,000 ms; 0 = never) */
  readonly keepAliveMs?: number;
  /** a WebSocket class (default: the platform's, or the `ws` package's on Node 20) */
  readonly WebSocket?: WebSocketConstructor;
  /** any other transport (HTTP from @taonet/rpc, a fake in tests): replaces the WebSocket */
  readonly transport?: RpcTransport;
  /** check every result against its schema (default false) */
  readonly validateResults?: boolean;
  /** SS58 prefix of the addresses results carry (default 42) */
  readonly ss58Format?: number;
  readonly onStatus?: (status: ConnectionStatus) => void;
}

export interface Client {
  readonly url: string;
  readonly timeoutMs: number;
  readonly ss58Format: number;
  /** `connecting` until the first socket opens, then `open`, `reconnecting` or `closed` */
  readonly status: ConnectionStatus;
  readonly request: RpcClient['request'];
  readonly subscribe: RpcClient['subscribe'];
  /**
   * Connects (when not yet) and resolves once the connection is open, after the requests made before the
   * call have been written to it (the time to load what their answers need); rejects when it cannot be
   * opened (`ConnectionError`) or the client is closed (`ClientClosedError`). A transport without a
   * connection (HTTP): resolves at once.
   */
  whenOpen(): Promise<void>;
  /** Closes the connection; resolves when the socket is closed. Further requests fail. */
  close(): Promise<void>;
}

/** A given transport, with the status it can tell: open until closed. */
function wrapTransport(inner: RpcTransport): { transport: RpcTransport; status: () => ConnectionStatus } {
  let closed = false;
  const transport: RpcTransport = {
    request: (method, params) => inner.request(method, params),
    close: async () => {
      closed = true;
      await inner.close();
    },
  };
  if (inner.subscribe !== undefined) transport.subscribe = inner.subscribe.bind(inner);
  if (inner.whenOpen !== undefined) transport.whenOpen = inner.whenOpen.bind(inner);
  return { transport, status: () => (closed ? 'closed' : 'open') };
}

export function createClient(opts: ClientOpts = {}): Client {
  const url = opts.url ?? LOCAL_URL;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  let status: () => ConnectionStatus;
  let transport: RpcTransport;
  if (opts.transport !== undefined) {
    ({ transport, status } = wrapTransport(opts.transport));
  } else {
    const reconnecting = createReconnectingTransport({
      url,
      timeoutMs,
      ...(opts.reconnect === undefined ? {} : { reconnect: opts.reconnect }),
      ...(opts.keepAliveMs === undefined ? {} : { keepAliveMs: opts.keepAliveMs }),
      ...(opts.WebSocket === undefined ? {} : { WebSocket: opts.WebSocket }),
      ...(opts.onStatus === undefined ? {} : { onStatus: opts.onStatus }),
    });
    transport = reconnecting;
    status = () => reconnecting.status;
  }
  const rpc = createRpcClient(transport, { validateResults: opts.validateResults ?? false });
  return {
    url,
    timeoutMs,
    ss58Format: opts.ss58Format ?? DEFAULT_SS58_FORMAT,
    get status() {
      return status();
    },
    request: rpc.request,
    subscribe: rpc.subscribe,
    whenOpen: rpc.whenOpen,
    close: () => rpc.close(),
  };
}
