/** JSON-RPC over HTTP POST with `fetch` (browsers, Node 18+). No subscriptions. */
import { TaonetError } from '@taonet/primitives';
import type { JsonRpcResponse } from '../jsonRpc.js';
import { RpcError } from '../rpcError.js';
import type { RpcTransport } from './rpcTransport.js';

export interface HttpTransportOpts {
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

export function createHttpTransport(url: string, opts: HttpTransportOpts = {}): RpcTransport {
  const doFetch = opts.fetch ?? globalThis.fetch;
  let nextId = 1;
  return {
    async request(method, params) {
      const body = JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params });
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
        });
      } catch (cause) {
        throw new TaonetError('RPC_TRANSPORT', `cannot reach ${url}: ${(cause as Error).message}`, { cause });
      }
      const text = await response.text();
      let message: JsonRpcResponse;
      try {
        message = JSON.parse(text) as JsonRpcResponse;
      } catch (cause) {
        throw new TaonetError('RPC_TRANSPORT', `${url} answered HTTP ${response.status} without JSON`, {
          cause,
        });
      }
      if ('error' in message) throw RpcError.fromErrorObject(message.error);
      return message.result;
    },
    async close() {},
  };
}
