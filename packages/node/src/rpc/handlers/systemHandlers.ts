/** `system_*` and `rpc_methods`. */
import { ss58ToAccountId } from '@taonet/crypto';
import type { AccountId } from '@taonet/primitives';
import { RPC_METHODS, RPC_SUBSCRIPTIONS, type RpcMethodHandlers } from '@taonet/rpc';
import type { NodeRpcModules } from './nodeRpcModules.js';

type SystemHandlers = Pick<
  RpcMethodHandlers,
  | 'system_health'
  | 'system_chain'
  | 'system_chainType'
  | 'system_name'
  | 'system_version'
  | 'system_properties'
  | 'system_accountNextIndex'
  | 'rpc_methods'
>;

export function toAccountId(account: string): AccountId {
  return /^0x[0-9a-fA-F]{64}$/.test(account)
    ? (account.toLowerCase() as AccountId)
    : ss58ToAccountId(account);
}

export function createSystemHandlers(m: NodeRpcModules): SystemHandlers {
  const names = [
    ...RPC_METHODS.map((d) => d.name),
    ...RPC_SUBSCRIPTIONS.flatMap((d) => [d.name, d.unsubscribe]),
  ].sort();
  return {
    system_health: () => ({
      peers: 0,
      isSyncing: false,
      shouldHavePeers: m.chain.spec.authorities.length > 1,
    }),
    system_chain: () => m.chain.spec.name,
    system_chainType: () => m.chain.spec.chainType,
    system_name: () => m.nodeName,
    system_version: () => m.nodeVersion,
    system_properties: () => ({ ...m.chain.spec.properties }),
    system_accountNextIndex: (account) => m.pool.nextNonce(toAccountId(account)),
    rpc_methods: () => ({ version: 1, methods: names }),
  };
}
