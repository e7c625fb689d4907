/**
 * A JSON-RPC transport that keeps one WebSocket to a node: it connects lazily, reconnects with exponential
 * backoff when the socket drops, subscribes again (`chain_subscribeNewHeads`, `state_subscribeStorage`, ...)
 * on the new socket, pings the node so that a silently dead connection is noticed, and never leaves a
 * socket or timer behind once `close()` has resolved.
 *
 * Requests in flight when the socket drops fail with `ConnectionError` (they are not replayed: a submitted
 * transaction must not be sent twice); requests made while reconnecting wait for the new socket, up to
 * `timeoutMs`. An extrinsic watch cannot resume on a new socket: its `onError` gets a `ConnectionError`.
 */
import { isTaonetError } from '@taonet/primitives';
import type {
  RpcTransport,
  SubscriptionNames,
  TransportSubscription,
  WebSocketConstructor,
} from '@taonet/rpc';
import { ClientClosedError, ConnectionError, TimeoutError } from '../errors/clientErrors.js';
import { openSocketConnection, type SocketConnection } from './socketConnection.js';
import { getWebSocketConstructor } from './webSocketConstructor.js';

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface ReconnectOpts {
  /** connection attempts after a drop before giving up (default: unlimited) */
  readonly attempts?: number;
  /** first delay (default 100 ms), doubled on each failed attempt up to `maxDelayMs` (default 5,000 ms) */
  readonly initialDelayMs?: number;
  readonly maxDelayMs?: number;
}

export interface ReconnectingTransportOpts {
  readonly url: string;
  /** per-request timeout, and the longest a request waits for a connection (default 30,000 ms) */
  readonly timeoutMs?: number;
  /** `false`: a dropped connection stays closed */
  readonly reconnect?: ReconnectOpts | false;
  /** ping period to detect dead connections (default 30,000 ms; 0 = never) */
  readonly keepAliveMs?: number;
  readonly WebSocket?: WebSocketConstructor;
  readonly onStatus?: (status: ConnectionStatus) => void;
}

interface Waiter {
  resolve(connection: SocketConnection): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

interface Subscription {
  readonly names: SubscriptionNames;
  readonly params: readonly unknown[];
  readonly onItem: (item: unknown) => void;
  readonly onError: (error: Error) => void;
  inner: TransportSubscription | undefined;
}

/** Subscriptions that cannot be re-opened on another socket without side effects. */
const NOT_RESUMABLE = new Set(['author_submitAndWatchExtrinsic']);

export function mapTransportError(error: unknown, url: string, method: string, timeoutMs: number): unknown {
  if (isTaonetError(error, 'RPC_TIMEOUT')) return new TimeoutError(method, timeoutMs);
  if (isTaonetError(error, 'RPC_TRANSPORT_CLOSED'))
    return new ConnectionError(url, `closed while waiting for ${method}`, error);
  if (isTaonetError(error, 'RPC_TRANSPORT')) return new ConnectionError(url, 'failed', error);
  return error;
}

/** The transport, as a class: one connection at a time, its waiters, its subscriptions. */
export class ReconnectingTransport implements RpcTransport {
  readonly url: string;
  private readonly timeoutMs: number;
  private readonly reconnect: ReconnectOpts | undefined;
  private readonly keepAliveMs: number;
  private state: ConnectionStatus = 'connecting';
  private current: SocketConnection | undefined;
  private lastError: unknown;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private started = false;
  private closedByUser = false;
  private readonly waiters = new Set<Waiter>();
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly opts: ReconnectingTransportOpts) {
    this.url = opts.url;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.reconnect = opts.reconnect === false ? undefined : (opts.reconnect ?? {});
    this.keepAliveMs = opts.keepAliveMs ?? 30_000;
  }

  get status(): ConnectionStatus {
    return this.state;
  }

  async request(method: string, params: readonly unknown[]): Promise<unknown> {
    const connection = await this.ready(method);
    try {
      return await connection.transport.request(method, params);
    } catch (error) {
      throw this.mapError(error, method);
    }
  }

  /**
   * Connects (when not yet) and resolves once the connection is open, after the requests made before the
   * call have been written to it; rejects as a request would (a `ConnectionError` when it cannot be
   * opened, or not within `timeoutMs` while retrying; `ClientClosedError` once closed).
   */
  async whenOpen(): Promise<void> {
    // the waiters are settled in the order they came, and a request writes as soon as its waiter is
    // settled (the socket's transport sends in the call when open): the earlier requests are written first
    await this.ready('whenOpen');
  }

  async subscribe(
    names: SubscriptionNames,
    params: readonly unknown[],
    onItem: (item: unknown) => void,
    onError: (error: Error) => void,
  ): Promise<TransportSubscription> {
    const connection = await this.ready(names.name);
    const sub: Subscription = { names, params, onItem, onError, inner: undefined };
    try {
      sub.inner = await connection.transport.subscribe!(names, params, onItem, onError);
    } catch (error) {
      throw this.mapError(error, names.name);
    }
    this.subscriptions.add(sub);
    return { id: sub.inner.id, unsubscribe: () => this.unsubscribe(sub) };
  }

  async close(): Promise<void> {
    this.closedByUser = true;
    if (this.state === 'closed' && this.current === undefined) return;
    this.setStatus('closed');
    clearTimeout(this.retryTimer);
    clearInterval(this.pingTimer);
    this.subscriptions.clear();
    this.settleWaiters(new ClientClosedError());
    const connection = this.current;
    this.current = undefined;
    await connection?.close();
  }

  private async unsubscribe(sub: Subscription): Promise<void> {
    if (!this.subscriptions.delete(sub)) return;
    const inner = sub.inner;
    if (inner !== undefined && this.current?.isOpen()) await inner.unsubscribe().catch(() => undefined);
  }

  private mapError(error: unknown, method: string): unknown {
    return mapTransportError(error, this.url, method, this.timeoutMs);
  }

  /** read through a method: TypeScript would otherwise narrow `state` across awaits */
  private isClosed(): boolean {
    return this.state === 'closed';
  }

  private setStatus(next: ConnectionStatus): void {
    if (this.state === next) return;
    this.state = next;
    this.opts.onStatus?.(next);
  }

  private settleWaiters(result: SocketConnection | Error): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      if (result instanceof Error) waiter.reject(result);
      else waiter.resolve(result);
    }
    this.waiters.clear();
  }

  /** The open connection, waiting up to `timeoutMs` for one (connecting on first use). */
  private ready(method: string): Promise<SocketConnection> {
    if (this.closedByUser) return Promise.reject(new ClientClosedError(method));
    if (this.state === 'closed')
      return Promise.reject(new ConnectionError(this.url, 'was lost', this.lastError));
    if (!this.started) {
      this.started = true;
      void this.connect();
    }
    if (this.current?.isOpen() && this.state === 'open') return Promise.resolve(this.current);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          const problem = `was not established within ${this.timeoutMs} ms`;
          reject(new ConnectionError(this.url, problem, this.lastError));
        }, this.timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  private async connect(): Promise<void> {
    this.retryTimer = undefined;
    let connection: SocketConnection;
    try {
      const WebSocket = await getWebSocketConstructor(this.opts.WebSocket, this.url);
      if (this.isClosed()) return;
      connection = openSocketConnection(this.url, WebSocket, this.timeoutMs);
    } catch (error) {
      this.lastError = error;
      this.setStatus('closed');
      this.settleWaiters(new ConnectionError(this.url, 'could not be opened', error));
      return;
    }
    this.current = connection;
    void connection.closed.then(() => this.onDropped(connection));
    try {
      await connection.opened;
    } catch (error) {
      this.lastError = error;
      return; // `closed` follows and schedules the next attempt
    }
    if (connection !== this.current || this.isClosed()) return;
    this.attempt = 0;
    const wasReconnecting = this.state === 'reconnecting';
    this.setStatus('open');
    this.startKeepAlive(connection);
    if (wasReconnecting) await this.resubscribe(connection);
    this.settleWaiters(connection);
  }

  private async resubscribe(connection: SocketConnection): Promise<void> {
    for (const sub of this.subscriptions) {
      try {
        sub.inner = await connection.transport.subscribe!(sub.names, sub.params, sub.onItem, sub.onError);
      } catch (error) {
        sub.onError(this.mapError(error, sub.names.name) as Error);
      }
    }
  }

  private onDropped(connection: SocketConnection): void {
    if (connection !== this.current || this.isClosed()) return;
    this.current = undefined;
    clearInterval(this.pingTimer);
    for (const sub of this.subscriptions) {
      sub.inner = undefined;
      if (NOT_RESUMABLE.has(sub.names.name)) {
        this.subscriptions.delete(sub);
        sub.onError(new ConnectionError(this.url, `was lost while watching (${sub.names.name})`));
      }
    }
    const reconnect = this.reconnect;
    if (reconnect === undefined || this.attempt >= (reconnect.attempts ?? Number.POSITIVE_INFINITY)) {
      this.setStatus('closed');
      this.settleWaiters(new ConnectionError(this.url, 'was lost', this.lastError));
      return;
    }
    this.setStatus('reconnecting');
    const delay = Math.min(
      (reconnect.initialDelayMs ?? 100) * 2 ** this.attempt,
      reconnect.maxDelayMs ?? 5_000,
    );
    this.attempt++;
    this.retryTimer = setTimeout(() => void this.connect(), delay * (0.8 + 0.4 * Math.random()));
  }

  private startKeepAlive(connection: SocketConnection): void {
    if (this.keepAliveMs <= 0) return;
    this.pingTimer = setInterval(() => {
      connection.transport.request('system_health', []).catch((error: unknown) => {
        if (isTaonetError(error, 'RPC_TIMEOUT')) void connection.close();
      });
    }, this.keepAliveMs);
  }
}

export function createReconnectingTransport(opts: ReconnectingTransportOpts): ReconnectingTransport {
  return new ReconnectingTransport(opts);
}
