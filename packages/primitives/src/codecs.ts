/**
 * SCALE codecs (scale-ts) for the primitives, so that storage values, extrinsic arguments and RPC
 * payloads encode exactly as subtensor's do. Fixed-point values encode as their raw bits.
 */
import { Bytes, type Codec, enhanceCodec, i64, i128, u8, u16, u32, u64, u128 } from 'scale-ts';
import type { Fixed } from './fixed/fixedType.js';
import { fromHex, toHex } from './hex.js';
import type { AccountId, AlphaRao, BlockNumber, Hash, MechId, NetUid, Rao, Uid } from './scalars.js';

const branded = <Raw, Out>(codec: Codec<Raw>): Codec<Out> =>
  enhanceCodec(
    codec,
    (value: Out) => value as unknown as Raw,
    (value: Raw) => value as unknown as Out,
  );

export const NetUidCodec: Codec<NetUid> = branded(u16);
export const UidCodec: Codec<Uid> = branded(u16);
export const MechIdCodec: Codec<MechId> = branded(u8);
export const BlockNumberCodec: Codec<BlockNumber> = branded(u32);
export const RaoCodec: Codec<Rao> = branded(u64);
export const AlphaRaoCodec: Codec<AlphaRao> = branded(u64);

export const HashCodec: Codec<Hash> = enhanceCodec(
  Bytes(32),
  (value: Hash) => fromHex(value),
  (bytes: Uint8Array) => toHex(bytes) as Hash,
);

/** An account id: 32 raw bytes on the wire, 0x-hex in memory (SS58 conversion lives in @taonet/crypto). */
export const AccountIdCodec: Codec<AccountId> = enhanceCodec(
  Bytes(32),
  (value: AccountId) => fromHex(value),
  (bytes: Uint8Array) => toHex(bytes) as AccountId,
);

export const I32F32Codec: Codec<Fixed<'I32F32'>> = branded(i64);
export const I64F64Codec: Codec<Fixed<'I64F64'>> = branded(i128);
export const I96F32Codec: Codec<Fixed<'I96F32'>> = branded(i128);
export const U64F64Codec: Codec<Fixed<'U64F64'>> = branded(u128);
export const U96F32Codec: Codec<Fixed<'U96F32'>> = branded(u128);
