/**
 * The typed client of the wire contract: `client.request('chain_getBlockHash', 5)` is checked against
 * the method's declaration at compile time, and (optionally) its result against the schema at run time.
 */
import { TaonetError } from '@taonet/primitives';
import { RpcError } from '../rpcError.js';
import {
  findRpcMethod,
  findRpcSubscription,
  type RpcArgs,
  type RpcMethodName,
  type RpcResult,
  type RpcSubscriptionArgs,
  type RpcSubscriptionItem,
  type RpcSubscriptionName,
} from '../rpcMethods.js';
import { getChecker } from '../server/parseParams.js';
import type { RpcTransport, TransportSubscription } from './rpcTransport.js';

export interface RpcClientOpts {
  /** check results and subscription items against their schemas */
  readonly validateResults?: boolean;
}

export interface RpcClient {
  request<N extends RpcMethodName>(method: N, ...args: RpcArgs<N>): Promise<RpcResult<N>>;
  subscribe<N extends RpcSubscriptionName>(
    name: N,
    args: RpcSubscriptionArgs<N>,
    onItem: (item: RpcSubscriptionItem<N>) => void,
    onError?: (error: Error) => void,
  ): Promise<TransportSubscription>;
  close(): Promise<void>;
}

/** Drops trailing undefined arguments (left-out optional params). */
function trimArgs(args: readonly unknown[]): unknown[] {
  const out = [...args];
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out;
}

export function createRpcClient(transport: RpcTransport, opts: RpcClientOpts = {}): RpcClient {
  const check = (schema: Parameters<typeof getChecker>[0], value: unknown, what: string) => {
    if (!opts.validateResults) return;
    const checker = getChecker(schema);
    if (!checker.Check(value)) {
      const error = checker.Errors(value).First();
      throw new RpcError(
        -32603,
        `${what}: the node answered outside the schema`,
        `${error?.path}: ${error?.message}`,
      );
    }
  };
  return {
    async request(method, ...args) {
      const def = findRpcMethod(method);
      const result = await transport.request(method, trimArgs(args));
      if (def !== undefined) check(def.result, result, method);
      return result as never;
    },
    async subscribe(name, args, onItem, onError = () => undefined) {
      const def = findRpcSubscription(name);
      if (def === undefined || transport.subscribe === undefined) {
        throw new TaonetError('RPC_TRANSPORT', `${name} needs a transport that can subscribe (WebSocket)`);
      }
      return transport.subscribe(
        def,
        trimArgs(args),
        (item) => {
          try {
            check(def.item, item, def.notification);
            onItem(item as never);
          } catch (error) {
            onError(error as Error);
          }
        },
        onError,
      );
    },
    close: () => transport.close(),
  };
}
