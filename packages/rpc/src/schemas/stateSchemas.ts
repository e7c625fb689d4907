/** State queries: storage change sets and read proofs, as Substrate returns them. */
import { Type } from '@sinclair/typebox';
import { HashHex, HexBytes } from './primitiveSchemas.js';

export const StorageChangeSetSchema = Type.Object({
  block: HashHex,
  changes: Type.Array(Type.Tuple([HexBytes, Type.Union([HexBytes, Type.Null()])])),
});

export const ReadProofSchema = Type.Object({ at: HashHex, proof: Type.Array(HexBytes) });
