/**
 * The typed client of the wire contract: `client.request('chain_getBlockHash', 5)` is checked against
 * the method's declaration at compile time, and (optionally) its result against the schema at run time.
 * The declarations (typebox schemas) and typebox's compiler are imported when first needed, by a client
 * that validates results or subscribes: a client that only requests never loads them.
 */
import type { TSchema } from '@sinclair/typebox';
import type { TypeCheck } from '@sinclair/typebox/compiler';
import { TaonetError } from '@taonet/primitives';
import { RpcError } from '../rpcError.js';
import type {
  RpcArgs,
  RpcMethodName,
  RpcResult,
  RpcSubscriptionArgs,
  RpcSubscriptionItem,
  RpcSubscriptionName,
} from '../rpcMethods.js';
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
  /** the transport's `whenOpen()`: resolves once open, after the requests made before are written */
  whenOpen(): Promise<void>;
  close(): Promise<void>;
}

/** Drops trailing undefined arguments (left-out optional params). */
function trimArgs(args: readonly unknown[]): unknown[] {
  const out = [...args];
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out;
}

/** The declarations, loaded on first use. */
const loadMethods = () => import('../rpcMethods.js');

/** A schema's compiled check: typebox's compiler is loaded on first use. */
async function checkerOf(schema: TSchema): Promise<TypeCheck<TSchema>> {
  return (await import('../server/parseParams.js')).getChecker(schema);
}

/** The error for a value outside its schema, undefined when it matches. */
function schemaError(checker: TypeCheck<TSchema>, value: unknown, what: string): RpcError | undefined {
  if (checker.Check(value)) return undefined;
  const error = checker.Errors(value).First();
  return new RpcError(
    -32603,
    `${what}: the node answered outside the schema`,
    `${error?.path}: ${error?.message}`,
  );
}

export function createRpcClient(transport: RpcTransport, opts: RpcClientOpts = {}): RpcClient {
  const validate = opts.validateResults === true;
  return {
    async request(method, ...args) {
      const result = await transport.request(method, trimArgs(args));
      if (validate) {
        const def = (await loadMethods()).findRpcMethod(method);
        const error =
          def === undefined ? undefined : schemaError(await checkerOf(def.result), result, method);
        if (error !== undefined) throw error;
      }
      return result as never;
    },
    async subscribe(name, args, onItem, onError = () => undefined) {
      const def = (await loadMethods()).findRpcSubscription(name);
      if (def === undefined || transport.subscribe === undefined) {
        throw new TaonetError('RPC_TRANSPORT', `${name} needs a transport that can subscribe (WebSocket)`);
      }
      // the schema's checker is compiled before the first item arrives: items are checked synchronously
      const checker = validate ? await checkerOf(def.item) : undefined;
      return transport.subscribe(
        def,
        trimArgs(args),
        (item) => {
          const error = checker === undefined ? undefined : schemaError(checker, item, def.notification);
          if (error !== undefined) {
            onError(error);
            return;
          }
          try {
            onItem(item as never);
          } catch (error) {
            onError(error as Error);
          }
        },
        onError,
      );
    },
    whenOpen: () => transport.whenOpen?.() ?? Promise.resolve(),
    close: () => transport.close(),
  };
}
