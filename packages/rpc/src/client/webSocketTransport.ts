/**
 * JSON-RPC over one WebSocket: requests matched to responses by id, subscriptions routed by their id.
 * Works with the browser's `WebSocket`, Node 22's, or the `ws` package's (pass its class as `WebSocket`).
 * Notifications that arrive before their subscription is registered wait for it.
 */
import { TaonetError } from '@taonet/primitives';
import type { JsonRpcNotification, JsonRpcResponse } from '../jsonRpc.js';
import { RpcError } from '../rpcError.js';
import type { RpcTransport, TransportSubscription } from './rpcTransport.js';

/** The part of the WebSocket API the transport uses. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(
    type: 'open' | 'close' | 'error' | 'message',
    listener: (event: { data?: unknown }) => void,
  ): void;
}

/** A WebSocket class: the browser's, Node 22's, or the `ws` package's (`WebSocket as unknown as WebSocketConstructor`). */
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface WebSocketTransportOpts {
  readonly WebSocket?: WebSocketConstructor;
  readonly timeoutMs?: number;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

const OPEN = 1;

export function createWebSocketTransport(url: string, opts: WebSocketTransportOpts = {}): RpcTransport {
  const Ctor = opts.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (Ctor === undefined)
    throw new TaonetError('RPC_TRANSPORT', 'no WebSocket implementation: pass one as opts.WebSocket');
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const pending = new Map<number, Pending>();
  const handlers = new Map<string, (item: unknown) => void>();
  const early = new Map<string, unknown[]>();
  let nextId = 1;
  let closed: Error | undefined;
  const socket = new Ctor(url);
  // settles once: resolved by 'open', rejected by an 'error' or 'close' before it
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('error', () =>
      reject(new TaonetError('RPC_TRANSPORT', `cannot connect to ${url}`)),
    );
    socket.addEventListener('close', () =>
      reject(new TaonetError('RPC_TRANSPORT_CLOSED', `the connection to ${url} closed before it opened`)),
    );
  });
  opened.catch(() => undefined);

  const fail = (error: Error) => {
    closed = error;
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    pending.clear();
  };
  socket.addEventListener('close', () =>
    fail(new TaonetError('RPC_TRANSPORT_CLOSED', `the connection to ${url} closed`)),
  );
  socket.addEventListener('message', (event) => {
    let message: JsonRpcResponse | JsonRpcNotification;
    try {
      message = JSON.parse(String(event.data)) as JsonRpcResponse | JsonRpcNotification;
    } catch {
      return; // not JSON-RPC: ignored
    }
    if ('id' in message && typeof message.id === 'number') {
      const p = pending.get(message.id);
      if (p === undefined) return;
      pending.delete(message.id);
      clearTimeout(p.timer);
      if ('error' in message) p.reject(RpcError.fromErrorObject(message.error));
      else p.resolve(message.result);
    } else if ('params' in message && message.params !== undefined) {
      const { subscription, result } = message.params;
      const handler = handlers.get(subscription);
      if (handler !== undefined) handler(result);
      else early.set(subscription, [...(early.get(subscription) ?? []), result]);
    }
  });

  const request = async (method: string, params: readonly unknown[]): Promise<unknown> => {
    // once open, written in the call itself; before, when `opened` resolves (in the order of the calls)
    if (socket.readyState !== OPEN) await opened;
    if (closed !== undefined || socket.readyState !== OPEN)
      throw closed ?? new TaonetError('RPC_TRANSPORT_CLOSED', 'not connected');
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new TaonetError('RPC_TIMEOUT', `${method} got no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      socket.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    });
  };

  return {
    request,
    // the requests made before wait on `opened` too, and were registered first: they are written first
    whenOpen: () => opened,
    async subscribe(names, params, onItem): Promise<TransportSubscription> {
      const id = (await request(names.name, params)) as string;
      handlers.set(id, onItem);
      for (const item of early.get(id) ?? []) onItem(item);
      early.delete(id);
      return {
        id,
        async unsubscribe() {
          handlers.delete(id);
          if (closed === undefined) await request(names.unsubscribe, [id]);
        },
      };
    },
    async close() {
      handlers.clear();
      socket.close();
    },
  };
}
