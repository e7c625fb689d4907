/** Substrate's JSON shapes for headers, blocks, health, properties, runtime version and events. */
import { Type } from '@sinclair/typebox';
import { HashHex, HexBytes, HexNumber } from './primitiveSchemas.js';

export const HeaderSchema = Type.Object({
  parentHash: HashHex,
  number: HexNumber,
  stateRoot: HashHex,
  extrinsicsRoot: HashHex,
  digest: Type.Object({ logs: Type.Array(HexBytes) }),
});

export const SignedBlockSchema = Type.Object({
  block: Type.Object({ header: HeaderSchema, extrinsics: Type.Array(HexBytes) }),
  justifications: Type.Null(),
});

export const HealthSchema = Type.Object({
  peers: Type.Integer({ minimum: 0 }),
  isSyncing: Type.Boolean(),
  shouldHavePeers: Type.Boolean(),
});

export const PropertiesSchema = Type.Object({
  ss58Format: Type.Integer(),
  tokenDecimals: Type.Integer(),
  tokenSymbol: Type.String(),
});

export const RuntimeVersionSchema = Type.Object({
  specName: Type.String(),
  implName: Type.String(),
  authoringVersion: Type.Integer(),
  specVersion: Type.Integer(),
  implVersion: Type.Integer(),
  apis: Type.Array(Type.Tuple([HexBytes, Type.Integer()])),
  transactionVersion: Type.Integer(),
  stateVersion: Type.Integer(),
});

export const EventRecordSchema = Type.Object({
  phase: Type.Union([
    Type.Object({ applyExtrinsic: Type.Integer({ minimum: 0 }) }),
    Type.Literal('initialization'),
    Type.Literal('finalization'),
  ]),
  event: Type.Object({ pallet: Type.String(), name: Type.String(), data: Type.Unknown() }),
  topics: Type.Array(HashHex),
});

export const RpcMethodsSchema = Type.Object({ version: Type.Integer(), methods: Type.Array(Type.String()) });
