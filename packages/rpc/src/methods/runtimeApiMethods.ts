/**
 * Runtime-API queries named after subtensor's custom RPC (`neuronInfo_getNeuronsLite`, ...), each
 * reading the state at a block (default: best). Results are JSON (see runtimeApiSchemas.ts).
 */
import { Type } from '@sinclair/typebox';
import { defineMethod, optionalParam, param } from '../defineRpc.js';
import { MetagraphAtBlockSchema, SelectiveMetagraphSchema } from '../schemas/metagraphSchemas.js';
import { AccountParam, DecimalString, HashHex, NetUidParam, U16 } from '../schemas/primitiveSchemas.js';
import {
  DelegateInfoSchema,
  DynamicInfoSchema,
  NeuronInfoLiteSchema,
  NeuronInfoSchema,
  SimSwapResultSchema,
  StakeInfoSchema,
  SubnetHyperparamsSchema,
  SubnetInfoSchema,
} from '../schemas/runtimeApiSchemas.js';

const at = optionalParam('at', HashHex);
const netuid = param('netuid', NetUidParam);
const orNull = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const runtimeApiMethods = [
  defineMethod({
    name: 'neuronInfo_getNeuronsLite',
    params: [netuid, at],
    result: Type.Array(NeuronInfoLiteSchema),
    docs: 'Every neuron of a subnet without weights and bonds (the metagraph rows).',
  }),
  defineMethod({
    name: 'neuronInfo_getNeuronLite',
    params: [netuid, param('uid', U16), at],
    result: orNull(NeuronInfoLiteSchema),
    docs: 'One neuron without weights and bonds, or null.',
  }),
  defineMethod({
    name: 'neuronInfo_getNeurons',
    params: [netuid, at],
    result: Type.Array(NeuronInfoSchema),
    docs: 'Every neuron of a subnet with its weights and bonds.',
  }),
  defineMethod({
    name: 'neuronInfo_getNeuron',
    params: [netuid, param('uid', U16), at],
    result: orNull(NeuronInfoSchema),
    docs: 'One neuron with its weights and bonds, or null.',
  }),
  defineMethod({
    name: 'subnetInfo_getSubnetInfo',
    params: [netuid, at],
    result: orNull(SubnetInfoSchema),
    docs: "A subnet's description, or null.",
  }),
  defineMethod({
    name: 'subnetInfo_getSubnetsInfo',
    params: [at],
    result: Type.Array(SubnetInfoSchema),
    docs: 'Every subnet, root included.',
  }),
  defineMethod({
    name: 'subnetInfo_getSubnetHyperparams',
    params: [netuid, at],
    result: orNull(SubnetHyperparamsSchema),
    docs: "A subnet's hyperparameters, or null.",
  }),
  defineMethod({
    name: 'subnetInfo_getDynamicInfo',
    params: [netuid, at],
    result: orNull(DynamicInfoSchema),
    docs: "A subnet's pool, emission and price state (subtensor's DynamicInfo plus price), or null.",
  }),
  defineMethod({
    name: 'subnetInfo_getAllDynamicInfo',
    params: [at],
    result: Type.Array(DynamicInfoSchema),
    docs: 'The dynamic state of every subnet, root included, ascending by netuid.',
  }),
  defineMethod({
    name: 'subnetInfo_getMetagraph',
    params: [netuid, at],
    result: orNull(MetagraphAtBlockSchema),
    docs: "A subnet's whole metagraph in one query (subtensor's Metagraph plus additions) and the hash of the block it was read at (`block_hash`), or null.",
  }),
  defineMethod({
    name: 'subnetInfo_getAllMetagraphs',
    params: [at],
    result: Type.Array(MetagraphAtBlockSchema),
    docs: 'The metagraph of every subnet, root included, ascending by netuid, each with `block_hash`.',
  }),
  defineMethod({
    name: 'subnetInfo_getSelectiveMetagraph',
    params: [netuid, param('fieldIndexes', Type.Array(U16, { maxItems: 256 })), at],
    result: orNull(SelectiveMetagraphSchema),
    docs: 'Only the metagraph fields whose indexes are given (METAGRAPH_FIELD_INDEXES), the others null; or null.',
  }),
  defineMethod({
    name: 'stakeInfo_getStakeInfoForColdkey',
    params: [param('coldkey', AccountParam), at],
    result: Type.Array(StakeInfoSchema),
    docs: "A coldkey's non-zero stake positions (hotkey, netuid, alpha).",
  }),
  defineMethod({
    name: 'delegateInfo_getDelegates',
    params: [at],
    result: Type.Array(DelegateInfoSchema),
    docs: 'Every delegate with its take, nominators, registrations and validator permits.',
  }),
  defineMethod({
    name: 'delegateInfo_getDelegate',
    params: [param('hotkey', AccountParam), at],
    result: orNull(DelegateInfoSchema),
    docs: 'One delegate, or null when the hotkey is not a delegate.',
  }),
  defineMethod({
    name: 'subnetRegistration_getNetworkRegistrationCost',
    params: [at],
    result: DecimalString,
    docs: 'The TAO (rao) the next register_network locks.',
  }),
  defineMethod({
    name: 'swap_currentAlphaPrice',
    params: [netuid, at],
    result: DecimalString,
    docs: 'The alpha price in rao per alpha (1e9 = 1 TAO per alpha).',
  }),
  defineMethod({
    name: 'swap_simSwapTaoForAlpha',
    params: [netuid, param('tao', DecimalString), at],
    result: SimSwapResultSchema,
    docs: 'What staking `tao` rao would buy, fees included, without writing anything.',
  }),
  defineMethod({
    name: 'swap_simSwapAlphaForTao',
    params: [netuid, param('alpha', DecimalString), at],
    result: SimSwapResultSchema,
    docs: 'What unstaking `alpha` would return, fees included, without writing anything.',
  }),
] as const;
