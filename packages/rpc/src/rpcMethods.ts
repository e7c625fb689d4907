/** Every JSON-RPC method and subscription of a taonet node, declared once; types derived from them. */
import type { Static } from '@sinclair/typebox';
import type { ArgsOf, HandlerArgsOf, MethodDef, SubscriptionDef } from './defineRpc.js';
import { authorMethods, authorSubscriptions } from './methods/authorMethods.js';
import { chainMethods, chainSubscriptions } from './methods/chainMethods.js';
import { runtimeApiMethods } from './methods/runtimeApiMethods.js';
import { stateMethods, stateSubscriptions } from './methods/stateMethods.js';
import { systemMethods } from './methods/systemMethods.js';

export const RPC_METHODS = [
  ...systemMethods,
  ...chainMethods,
  ...stateMethods,
  ...authorMethods,
  ...runtimeApiMethods,
] as const;

export const RPC_SUBSCRIPTIONS = [
  ...chainSubscriptions,
  ...stateSubscriptions,
  ...authorSubscriptions,
] as const;

type Methods = (typeof RPC_METHODS)[number];
type Subscriptions = (typeof RPC_SUBSCRIPTIONS)[number];

export type RpcMethodName = Methods['name'];
export type RpcSubscriptionName = Subscriptions['name'];

export type RpcMethod<N extends RpcMethodName> = Extract<Methods, { name: N }>;
export type RpcSubscription<N extends RpcSubscriptionName> = Extract<Subscriptions, { name: N }>;

/** Client-side arguments (optional trailing ones may be left out). */
export type RpcArgs<N extends RpcMethodName> = ArgsOf<RpcMethod<N>['params']>;
/** Server-side arguments (every position present, optional ones possibly undefined). */
export type RpcHandlerArgs<N extends RpcMethodName> = HandlerArgsOf<RpcMethod<N>['params']>;
export type RpcResult<N extends RpcMethodName> = Static<RpcMethod<N>['result']>;

export type RpcSubscriptionArgs<N extends RpcSubscriptionName> = ArgsOf<RpcSubscription<N>['params']>;
export type RpcSubscriptionHandlerArgs<N extends RpcSubscriptionName> = HandlerArgsOf<
  RpcSubscription<N>['params']
>;
export type RpcSubscriptionItem<N extends RpcSubscriptionName> = Static<RpcSubscription<N>['item']>;

export function findRpcMethod(name: string): MethodDef | undefined {
  return (RPC_METHODS as readonly MethodDef[]).find((m) => m.name === name);
}

export function findRpcSubscription(name: string): SubscriptionDef | undefined {
  return (RPC_SUBSCRIPTIONS as readonly SubscriptionDef[]).find((s) => s.name === name);
}
