/**
 * Signature and era checks of a signed extrinsic against the chain (CheckMortality + the signature of
 * `UncheckedExtrinsic::check`): the era's birth block must be a kept canonical block before the block the
 * extrinsic goes into (`AncientBirthBlock` otherwise), and the signature must cover the payload built with
 * that block's hash (`BadProof` otherwise; an expired mortal era also ends there, as in Substrate).
 */
import { verifySignature } from '@taonet/crypto';
import { fromHex, type Hash } from '@taonet/primitives';
import { type Era, encodeSignedPayload, getEraBirth, type SigningContext } from '@taonet/rpc';
import type { SignedExtrinsic } from './decodeExtrinsic.js';
import type { RuntimeVersion } from './runtimeVersion.js';
import { invalidTransaction } from './transactionValidity.js';

/** `BlockHashCount`: how far back an era may start. */
export const BLOCK_HASH_COUNT = 4096;

/** What the checks read from the chain. */
export interface SigningChain {
  readonly genesisHash: Hash;
  readonly runtimeVersion: RuntimeVersion;
  /** the canonical block hash at `number`, if known */
  getCanonicalHash(number: number): Hash | undefined;
}

/** The signing context of an extrinsic with `era` included in block `blockNumber`. */
export function getSigningContext(era: Era, blockNumber: number, chain: SigningChain): SigningContext {
  const { specVersion, transactionVersion } = chain.runtimeVersion;
  if (era.kind === 'immortal') {
    return { specVersion, transactionVersion, genesisHash: chain.genesisHash, blockHash: chain.genesisHash };
  }
  const birth = getEraBirth(era, blockNumber);
  const hash =
    birth < blockNumber && blockNumber - birth <= BLOCK_HASH_COUNT
      ? chain.getCanonicalHash(birth)
      : undefined;
  if (hash === undefined) {
    throw invalidTransaction('AncientBirthBlock', `era birth block ${birth}, block ${blockNumber}`);
  }
  return { specVersion, transactionVersion, genesisHash: chain.genesisHash, blockHash: hash };
}

/** Throws `BadProof` / `AncientBirthBlock` unless the extrinsic is validly signed for block `blockNumber`. */
export function checkExtrinsicSignature(xt: SignedExtrinsic, blockNumber: number, chain: SigningChain): void {
  const { envelope } = xt;
  const context = getSigningContext(envelope.extra.era, blockNumber, chain);
  const payload = encodeSignedPayload(envelope.call, envelope.extra, context);
  let valid = false;
  try {
    valid = verifySignature(envelope.signatureType, payload, envelope.signature, fromHex(envelope.signer));
  } catch {
    valid = false;
  }
  if (!valid) throw invalidTransaction('BadProof');
}
