/**
 * Full validation of a submitted extrinsic against the best block (Substrate's `validate_transaction`):
 * the call decodes, it is signed (inherents and other unsigned calls are refused), the era's birth block
 * is known and the signature covers it, the nonce is not used yet, and the signer can pay the fee
 * (`computeFee` of the balances module: base + length + tip, tip only for `Pays::No` calls) keep-alive.
 * A nonce above the account's is valid but "future": the pool holds it back.
 */
import type { AccountId, Hash } from '@taonet/primitives';
import { getEraDeath } from '@taonet/rpc';
import {
  type CallLookup,
  computeFee,
  DEFAULT_FEE_PARAMS,
  type FeeParams,
  getReducibleBalance,
  OverlayState,
  type StateBackend,
} from '@taonet/runtime';
import { getAccountNonce } from '../chain/accountNonce.js';
import { checkExtrinsicSignature, type SigningChain } from '../extrinsic/checkExtrinsicSignature.js';
import { decodeExtrinsic, isSignedExtrinsic, type SignedExtrinsic } from '../extrinsic/decodeExtrinsic.js';
import { isInherentCall } from '../extrinsic/timestampInherent.js';
import { invalidTransaction, unknownTransaction } from '../extrinsic/transactionValidity.js';

/** The chain as validation sees it: the best block and its state. */
export interface ValidationChain extends SigningChain {
  readonly bestNumber: number;
  readonly bestState: StateBackend;
}

export interface ValidateOpts {
  readonly calls: CallLookup;
  readonly feeParams?: FeeParams;
  /** the largest extrinsic a block can hold (bytes) */
  readonly maxLength: number;
}

export interface ValidTransaction {
  readonly xt: SignedExtrinsic;
  readonly hash: Hash;
  readonly sender: AccountId;
  readonly nonce: number;
  readonly tip: bigint;
  /** the fee the signer pays, tip included */
  readonly fee: bigint;
  /** higher goes first: the tip (ties: first come, first served) */
  readonly priority: bigint;
  /** the first block number at which the era is over */
  readonly death: number;
  /** the account nonce at the best block */
  readonly accountNonce: number;
}

export function computeTransactionFee(
  xt: SignedExtrinsic,
  feeParams: FeeParams = DEFAULT_FEE_PARAMS,
): bigint {
  return computeFee(xt.bytes.length, 0n, {
    tip: xt.envelope.extra.tip,
    pays: xt.def.pays,
    params: feeParams,
  });
}

/** Throws `BAD_FORMAT` or a `TransactionValidityError`; returns what the pool needs otherwise. */
export function validateTransaction(
  bytes: Uint8Array,
  chain: ValidationChain,
  opts: ValidateOpts,
): ValidTransaction {
  const xt = decodeExtrinsic(bytes, opts.calls);
  if (isInherentCall(xt.def)) throw invalidTransaction('MandatoryValidation');
  if (!isSignedExtrinsic(xt)) throw unknownTransaction('NoUnsignedValidator');
  if (bytes.length > opts.maxLength) {
    throw invalidTransaction('ExhaustsResources', `${bytes.length} bytes, at most ${opts.maxLength}`);
  }
  const blockNumber = chain.bestNumber + 1;
  const { era, nonce, tip } = xt.envelope.extra;
  checkExtrinsicSignature(xt, blockNumber, chain);
  const sender = xt.envelope.signer;
  const accountNonce = getAccountNonce(chain.bestState, sender);
  if (nonce < accountNonce)
    throw invalidTransaction('Stale', `nonce ${nonce}, account nonce ${accountNonce}`);
  const fee = computeTransactionFee(xt, opts.feeParams);
  const spendable = getReducibleBalance({ state: new OverlayState(chain.bestState) }, sender, true);
  if (fee > spendable) throw invalidTransaction('Payment', `fee ${fee} rao, spendable ${spendable} rao`);
  return {
    xt,
    hash: xt.hash,
    sender,
    nonce,
    tip,
    fee,
    priority: tip,
    death: getEraDeath(era, blockNumber),
    accountNonce,
  };
}
