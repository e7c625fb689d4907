/**
 * The server side of the wire contract: dispatches JSON-RPC 2.0 requests (single or batched) to typed
 * handlers after checking their params against the declarations, manages subscriptions per session,
 * and turns every failure into a JSON-RPC error (a handler's unexpected exception becomes "Internal
 * error" without details; `mapError` lets the node translate its own errors to Substrate's codes).
 */
import type { SubscriptionDef } from '../defineRpc.js';
import {
  isJsonRpcRequest,
  type JsonRpcId,
  type JsonRpcNotification,
  type JsonRpcResponse,
  RPC_ERRORS,
} from '../jsonRpc.js';
import { internalError, methodNotFound, RpcError } from '../rpcError.js';
import {
  findRpcMethod,
  RPC_SUBSCRIPTIONS,
  type RpcHandlerArgs,
  type RpcMethodName,
  type RpcResult,
  type RpcSubscriptionHandlerArgs,
  type RpcSubscriptionItem,
  type RpcSubscriptionName,
} from '../rpcMethods.js';
import { getChecker, parseParams } from './parseParams.js';
import { BufferedSink, createSubscriptionId, type SubscriptionSink } from './subscriptionSink.js';

export type RpcMethodHandlers = {
  [N in RpcMethodName]: (...args: RpcHandlerArgs<N>) => RpcResult<N> | Promise<RpcResult<N>>;
};

/** Starts a subscription; returns what stops it. */
export type RpcSubscriptionHandlers = {
  [N in RpcSubscriptionName]: (
    sink: SubscriptionSink<RpcSubscriptionItem<N>>,
    ...args: RpcSubscriptionHandlerArgs<N>
  ) => (() => void) | Promise<() => void>;
};

/** One client connection (a WebSocket) or one HTTP request. */
export interface RpcSession {
  /** false over HTTP: subscriptions need a connection that stays open */
  readonly canSubscribe: boolean;
  send(notification: JsonRpcNotification): void;
}

export interface RpcRouterOpts {
  readonly maxBatch?: number;
  readonly maxSubscriptionsPerSession?: number;
  /** check every result against its schema (tests and development) */
  readonly validateResults?: boolean;
  /** translate a handler's error into a JSON-RPC error; undefined: "Internal error" */
  readonly mapError?: (error: unknown) => RpcError | undefined;
  readonly onInternalError?: (error: unknown, method: string) => void;
  /** after each call: method, duration, success (metrics) */
  readonly onCall?: (method: string, ms: number, ok: boolean) => void;
}

interface ActiveSubscription {
  readonly unsubscribe: string;
  stop(): void;
}

const subscriptionsByName = new Map<string, SubscriptionDef>(RPC_SUBSCRIPTIONS.map((s) => [s.name, s]));
const unsubscribeNames = new Set<string>(RPC_SUBSCRIPTIONS.map((s) => s.unsubscribe));

const errorResponse = (id: JsonRpcId, error: RpcError): JsonRpcResponse => ({
  jsonrpc: '2.0',
  id,
  error: error.toErrorObject(),
});

export function stringifyJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v));
}

export class RpcRouter {
  private readonly sessions = new WeakMap<RpcSession, Map<string, ActiveSubscription>>();
  private readonly maxBatch: number;
  private readonly maxSubscriptions: number;

  constructor(
    private readonly methods: RpcMethodHandlers,
    private readonly subscriptions: RpcSubscriptionHandlers,
    private readonly opts: RpcRouterOpts = {},
  ) {
    this.maxBatch = opts.maxBatch ?? 100;
    this.maxSubscriptions = opts.maxSubscriptionsPerSession ?? 1024;
  }

  /** Handles one frame of text; returns the response text (undefined when only notifications came). */
  async handleText(text: string, session: RpcSession): Promise<string | undefined> {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return stringifyJson(errorResponse(null, new RpcError(RPC_ERRORS.PARSE_ERROR, 'Parse error')));
    }
    const response = await this.handle(message, session);
    return response === undefined ? undefined : stringifyJson(response);
  }

  async handle(
    message: unknown,
    session: RpcSession,
  ): Promise<JsonRpcResponse | JsonRpcResponse[] | undefined> {
    if (!Array.isArray(message)) return this.handleOne(message, session);
    if (message.length === 0)
      return errorResponse(null, new RpcError(RPC_ERRORS.INVALID_REQUEST, 'Invalid request'));
    if (message.length > this.maxBatch) {
      const error = new RpcError(
        RPC_ERRORS.TOO_BIG_BATCH_REQUEST,
        'The batch request was too large',
        `at most ${this.maxBatch}`,
      );
      return errorResponse(null, error);
    }
    const responses = await Promise.all(message.map((m) => this.handleOne(m, session)));
    const present = responses.filter((r): r is JsonRpcResponse => r !== undefined);
    return present.length === 0 ? undefined : present;
  }

  /** Stops every subscription of a closed session. */
  closeSession(session: RpcSession): void {
    const active = this.sessions.get(session);
    if (active === undefined) return;
    for (const sub of active.values()) sub.stop();
    active.clear();
  }

  subscriptionCount(session: RpcSession): number {
    return this.sessions.get(session)?.size ?? 0;
  }

  private async handleOne(message: unknown, session: RpcSession): Promise<JsonRpcResponse | undefined> {
    if (!isJsonRpcRequest(message)) {
      const id =
        typeof message === 'object' && message !== null ? ((message as { id?: JsonRpcId }).id ?? null) : null;
      return errorResponse(
        typeof id === 'string' || typeof id === 'number' ? id : null,
        new RpcError(RPC_ERRORS.INVALID_REQUEST, 'Invalid request'),
      );
    }
    const started = performance.now();
    const id = message.id ?? null;
    try {
      const result = await this.dispatch(message.method, message.params, session);
      this.opts.onCall?.(message.method, performance.now() - started, true);
      if (message.id === undefined) return undefined;
      if (result instanceof BufferedSink) {
        setTimeout(() => result.open(), 0); // after the response with the id has been sent
        return { jsonrpc: '2.0', id, result: result.id };
      }
      return { jsonrpc: '2.0', id, result };
    } catch (error) {
      this.opts.onCall?.(message.method, performance.now() - started, false);
      return message.id === undefined ? undefined : errorResponse(id, this.toRpcError(error, message.method));
    }
  }

  private async dispatch(method: string, rawParams: unknown, session: RpcSession): Promise<unknown> {
    const def = findRpcMethod(method);
    if (def !== undefined) {
      const args = parseParams(def.params, rawParams);
      const handler = this.methods[def.name as RpcMethodName] as (...a: unknown[]) => unknown;
      const result = await handler(...args);
      if (this.opts.validateResults && !getChecker(def.result).Check(result)) {
        const error = getChecker(def.result).Errors(result).First();
        throw new Error(
          `${method} returned a result outside its schema at ${error?.path}: ${error?.message}`,
        );
      }
      return result;
    }
    const subscription = subscriptionsByName.get(method);
    if (subscription !== undefined) return this.subscribe(subscription, rawParams, session);
    if (unsubscribeNames.has(method)) return this.unsubscribe(method, rawParams, session);
    throw methodNotFound(method);
  }

  private async subscribe(
    def: SubscriptionDef,
    rawParams: unknown,
    session: RpcSession,
  ): Promise<BufferedSink<unknown>> {
    if (!session.canSubscribe) {
      throw new RpcError(
        RPC_ERRORS.METHOD_NOT_FOUND,
        'Method not found',
        `${def.name} needs a WebSocket connection`,
      );
    }
    let active = this.sessions.get(session);
    if (active === undefined) {
      active = new Map();
      this.sessions.set(session, active);
    }
    if (active.size >= this.maxSubscriptions) {
      throw new RpcError(
        RPC_ERRORS.TOO_MANY_SUBSCRIPTIONS,
        'Too many subscriptions on the connection',
        `at most ${this.maxSubscriptions}`,
      );
    }
    const args = parseParams(def.params, rawParams);
    const id = createSubscriptionId();
    const subs = active;
    let stop: () => void = () => undefined;
    const sink = new BufferedSink<unknown>(
      id,
      def.notification,
      (n) => session.send(n),
      () => {
        subs.delete(id);
        stop();
      },
    );
    const handler = this.subscriptions[def.name as RpcSubscriptionName] as (
      ...a: unknown[]
    ) => (() => void) | Promise<() => void>;
    stop = await handler(sink, ...args);
    if (!sink.isEnded) subs.set(id, { unsubscribe: def.unsubscribe, stop: () => stop() });
    return sink;
  }

  private unsubscribe(method: string, rawParams: unknown, session: RpcSession): boolean {
    const params = Array.isArray(rawParams) ? rawParams : [];
    const id = params[0];
    const active = this.sessions.get(session);
    const sub = typeof id === 'string' ? active?.get(id) : undefined;
    if (sub === undefined || sub.unsubscribe !== method) return false;
    active!.delete(id as string);
    sub.stop();
    return true;
  }

  private toRpcError(error: unknown, method: string): RpcError {
    if (error instanceof RpcError) return error;
    const mapped = this.opts.mapError?.(error);
    if (mapped !== undefined) return mapped;
    this.opts.onInternalError?.(error, method);
    return internalError();
  }
}
