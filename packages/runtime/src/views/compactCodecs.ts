/**
 * `Compact<u16>` / `Compact<u64>` as the runtime-API structs encode them, decoded to a plain `number`
 * (u8..u32) or `bigint` (u64, u128) so that view results have one type per field.
 */
import { type Codec, compact, enhanceCodec } from 'scale-ts';

export const CompactNumber: Codec<number> = enhanceCodec(
  compact,
  (value: number) => value,
  // float-ok: Compact<u8..u32> fields only, which a double holds exactly
  (value) => Number(value),
);

export const CompactBigInt: Codec<bigint> = enhanceCodec(
  compact,
  (value: bigint) => value,
  (value) => BigInt(value),
);
