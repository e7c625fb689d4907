/**
 * What a signer signs (`SignedPayload` of Substrate): `call ++ extra ++ additional`, blake2-256 hashed
 * when longer than 256 bytes. The transaction extensions follow subtensor's runtime, in its order:
 * CheckNonZeroSender, CheckSpecVersion, CheckTxVersion, CheckGenesis, CheckMortality, CheckNonce,
 * CheckWeight, ChargeTransactionPayment, Sudo/Subtensor/DrandPriority extensions (no data), and
 * CheckMetadataHash. Hence:
 *   extra      = era ++ compact(nonce) ++ compact(tip) ++ metadata-hash mode (u8, 0 = disabled)
 *   additional = u32 spec_version ++ u32 transaction_version ++ genesis hash ++ hash of the era's birth
 *                block (the genesis hash for an immortal era) ++ Option<metadata hash> (0x00 = None)
 * taonet has no metadata, so the mode must be 0 (the metadata hash is None).
 */
import { blake2b256 } from '@taonet/crypto';
import { fromHex, type Hash } from '@taonet/primitives';
import { type Era, encodeEra, readEra } from './era.js';
import { badFormat, concatBytes, encodeCompact, encodeU32, type ScaleReader } from './scaleReader.js';

export const MAX_NONCE = 0xffff_ffff;
export const MAX_TIP = (1n << 64n) - 1n;

export interface ExtrinsicExtra {
  readonly era: Era;
  /** the signer's account nonce (u32) */
  readonly nonce: number;
  /** rao on top of the fee (u64) */
  readonly tip: bigint;
}

/** The chain facts a signature commits to (`additional_signed`). */
export interface SigningContext {
  readonly specVersion: number;
  readonly transactionVersion: number;
  readonly genesisHash: Hash;
  /** the hash of the era's birth block; the genesis hash for an immortal era */
  readonly blockHash: Hash;
}

export function encodeExtra(extra: ExtrinsicExtra): Uint8Array {
  return concatBytes([encodeEra(extra.era), encodeCompact(extra.nonce), encodeCompact(extra.tip), ZERO]);
}

const ZERO = Uint8Array.of(0);

export function readExtra(reader: ScaleReader): ExtrinsicExtra {
  const era = readEra(reader);
  const nonce = reader.compactNumber(MAX_NONCE);
  const tip = reader.compactBigInt(MAX_TIP);
  const mode = reader.u8();
  if (mode !== 0) {
    throw badFormat(
      mode === 1
        ? 'CheckMetadataHash mode 1 is not supported: taonet has no metadata hash, sign with mode 0'
        : `invalid CheckMetadataHash mode ${mode}`,
    );
  }
  return { era, nonce, tip };
}

export function encodeAdditional(context: SigningContext): Uint8Array {
  return concatBytes([
    encodeU32(context.specVersion),
    encodeU32(context.transactionVersion),
    fromHex(context.genesisHash),
    fromHex(context.blockHash),
    ZERO,
  ]);
}

/** The bytes to sign or verify: `call ++ extra ++ additional`, blake2-256 hashed when over 256 bytes. */
export function encodeSignedPayload(
  call: Uint8Array,
  extra: ExtrinsicExtra,
  context: SigningContext,
): Uint8Array {
  return encodeSignedPayloadFrom(call, encodeExtra(extra), encodeAdditional(context));
}

export function encodeSignedPayloadFrom(
  call: Uint8Array,
  extra: Uint8Array,
  additional: Uint8Array,
): Uint8Array {
  const payload = concatBytes([call, extra, additional]);
  return payload.length > 256 ? blake2b256(payload) : payload;
}
