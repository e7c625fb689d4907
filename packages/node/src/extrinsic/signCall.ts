/** Builds a signed extrinsic from a runtime call (tests, benchmarks, tools running beside the runtime). */
import {
  type ExtrinsicExtra,
  type ExtrinsicSigner,
  IMMORTAL_ERA,
  type SigningContext,
  signExtrinsic,
} from '@taonet/rpc';
import type { BoundCall } from '@taonet/runtime';
import type { Codec } from 'scale-ts';

export interface SignCallParameters {
  readonly call: BoundCall;
  readonly signer: ExtrinsicSigner;
  readonly nonce: number;
  readonly tip?: bigint;
  /** default immortal */
  readonly era?: ExtrinsicExtra['era'];
  readonly context: SigningContext;
}

export function signCall(callCodec: Codec<BoundCall>, params: SignCallParameters): Uint8Array {
  return signExtrinsic({
    call: callCodec.enc(params.call),
    signer: params.signer,
    extra: { era: params.era ?? IMMORTAL_ERA, nonce: params.nonce, tip: params.tip ?? 0n },
    context: params.context,
  });
}
