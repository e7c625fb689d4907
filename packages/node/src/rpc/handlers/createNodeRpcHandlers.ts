/** Every handler of the RPC contract, over the node's chain and pool. */
import type { RpcMethodHandlers, RpcSubscriptionHandlers } from '@taonet/rpc';
import { createAuthorHandlers } from './authorHandlers.js';
import { createChainHandlers } from './chainHandlers.js';
import type { NodeRpcModules } from './nodeRpcModules.js';
import { createRuntimeApiHandlers } from './runtimeApiHandlers.js';
import { createStateHandlers } from './stateHandlers.js';
import { createSubscriptionHandlers } from './subscriptionHandlers.js';
import { createSystemHandlers } from './systemHandlers.js';

export function createNodeRpcHandlers(modules: NodeRpcModules): {
  methods: RpcMethodHandlers;
  subscriptions: RpcSubscriptionHandlers;
} {
  const methods: RpcMethodHandlers = {
    ...createSystemHandlers(modules),
    ...createChainHandlers(modules),
    ...createStateHandlers(modules),
    ...createAuthorHandlers(modules),
    ...createRuntimeApiHandlers(modules),
  };
  return { methods, subscriptions: createSubscriptionHandlers(modules) };
}
