/** `system_*` and `rpc_methods`: node identity, health and chain properties. */
import { Type } from '@sinclair/typebox';
import { defineMethod, param } from '../defineRpc.js';
import { HealthSchema, PropertiesSchema, RpcMethodsSchema } from '../schemas/chainSchemas.js';
import { AccountParam } from '../schemas/primitiveSchemas.js';

export const systemMethods = [
  defineMethod({ name: 'system_health', params: [], result: HealthSchema, docs: 'Peers, syncing state.' }),
  defineMethod({ name: 'system_chain', params: [], result: Type.String(), docs: 'The chain name.' }),
  defineMethod({
    name: 'system_chainType',
    params: [],
    result: Type.String(),
    docs: 'Development, Local or Live.',
  }),
  defineMethod({
    name: 'system_name',
    params: [],
    result: Type.String(),
    docs: 'The node implementation name.',
  }),
  defineMethod({ name: 'system_version', params: [], result: Type.String(), docs: 'The node version.' }),
  defineMethod({
    name: 'system_properties',
    params: [],
    result: PropertiesSchema,
    docs: 'ss58Format 42, tokenSymbol TAO, tokenDecimals 9.',
  }),
  defineMethod({
    name: 'system_accountNextIndex',
    params: [param('account', AccountParam)],
    result: Type.Integer({ minimum: 0 }),
    docs: 'The next nonce of an account, counting its ready pool transactions.',
  }),
  defineMethod({
    name: 'rpc_methods',
    params: [],
    result: RpcMethodsSchema,
    docs: 'Every method this node serves.',
  }),
] as const;
