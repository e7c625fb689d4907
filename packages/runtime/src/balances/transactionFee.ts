/**
 * Transaction fees (economics.md §6.3, pallet_transaction_payment with subtensor's parameters):
 *
 *   fee = weight_to_fee(ExtrinsicBaseWeight) + length * LengthToFee + weight_to_fee(call weight) + tip
 *
 * with `LinearWeightToFee` = Perbill(500_000) per unit of ref_time (0.0005 rao, rounded to nearest, ties
 * down, as `Perbill * n`), `LengthToFee` = 1 rao per byte and a constant fee multiplier of 1. `Pays::No`
 * calls pay only their tip. The fee is withdrawn keep-alive from the signer; where it goes is the chain
 * parameter `TransactionPayment.FeeDestination` (see schema.ts).
 */
import type { AccountId } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure, isDispatchError } from '../dispatch/dispatchError.js';
import {
  deposit,
  getReducibleBalance,
  reduceCurrencyIssuance,
  reduceIssuance,
  withdraw,
} from './currency.js';
import { FeeDestinationStorage, TRANSACTION_PAYMENT, TransactionPaymentErrors } from './schema.js';

const PERBILL_ACCURACY = 1_000_000_000n;
const U64_MAX = (1n << 64n) - 1n;
const clampU64 = (value: bigint) => (value > U64_MAX ? U64_MAX : value);

export interface FeeParams {
  /** `LinearWeightToFee`: Perbill parts charged per unit of ref_time (500_000 = 0.0005 rao) */
  readonly weightFeePerbill: bigint;
  /** `LengthToFee`: rao per encoded byte of the extrinsic */
  readonly lengthFeePerByte: bigint;
  /** `ExtrinsicBaseWeight` ref_time charged once per paying extrinsic (FRAME's default, 125 µs) */
  readonly extrinsicBaseWeight: bigint;
}

export const DEFAULT_FEE_PARAMS: FeeParams = {
  weightFeePerbill: 500_000n,
  lengthFeePerByte: 1n,
  extrinsicBaseWeight: 125_000_000n,
};

export interface ComputeFeeOpts {
  readonly tip?: bigint;
  /** false for `Pays::No` calls (set_weights, serve_axon, commit/reveal weights, ...) */
  readonly pays?: boolean;
  readonly params?: FeeParams;
}

/** `Perbill * n`: `n * parts / 10^9` rounded to the nearest integer, ties down (`NearestPrefDown`). */
export function computeWeightFee(refTime: bigint, perbillParts: bigint): bigint {
  const product = refTime * perbillParts;
  const quotient = product / PERBILL_ACCURACY;
  const remainder = product % PERBILL_ACCURACY;
  return clampU64(remainder > PERBILL_ACCURACY / 2n ? quotient + 1n : quotient);
}

/** The fee of an extrinsic of `lengthBytes` encoded bytes whose call weighs `weight` (ref_time). */
export function computeFee(lengthBytes: number | bigint, weight: bigint, opts: ComputeFeeOpts = {}): bigint {
  const tip = opts.tip ?? 0n;
  if (opts.pays === false) return tip;
  const params = opts.params ?? DEFAULT_FEE_PARAMS;
  const baseFee = computeWeightFee(params.extrinsicBaseWeight, params.weightFeePerbill);
  const lengthFee = BigInt(lengthBytes) * params.lengthFeePerByte;
  const weightFee = computeWeightFee(weight, params.weightFeePerbill);
  return clampU64(baseFee + lengthFee + weightFee + tip);
}

export type FeeOutcome =
  /** paid into the block author's account */
  | { readonly kind: 'author'; readonly account: AccountId; readonly paid: bigint }
  /** `FeeDestination = burn`: left the supply, both issuance counters fell */
  | { readonly kind: 'burned'; readonly paid: bigint }
  /** no author (or one that cannot receive it): only the balances issuance fell */
  | { readonly kind: 'dropped'; readonly paid: bigint };

function sendToAuthor(ctx: DispatchContext, fee: bigint): FeeOutcome {
  const author = ctx.block.author as AccountId | undefined;
  if (author !== undefined) {
    try {
      deposit(ctx, author, fee);
      return { kind: 'author', account: author, paid: fee };
    } catch (error) {
      // `resolve` into an account that cannot exist (fee below the existential deposit): the credit is dropped
      if (!isDispatchError(error)) throw error;
    }
  }
  reduceCurrencyIssuance(ctx, fee);
  return { kind: 'dropped', paid: fee };
}

/**
 * Withdraw `fee` (tip included) from `who`, keep-alive, and send it where `FeeDestination` says.
 * Throws `TransactionPayment.Payment` when `who` cannot pay without dropping below the existential deposit.
 */
export function chargeFee(ctx: DispatchContext, who: AccountId, fee: bigint, tip = 0n): FeeOutcome {
  if (fee === 0n) return { kind: 'dropped', paid: 0n };
  ensure(fee <= getReducibleBalance(ctx, who, true), TransactionPaymentErrors.Payment);
  withdraw(ctx, who, fee, true);
  let outcome: FeeOutcome;
  if (FeeDestinationStorage.get(ctx.state) === 'burn') {
    reduceIssuance(ctx, fee);
    outcome = { kind: 'burned', paid: fee };
  } else {
    outcome = sendToAuthor(ctx, fee);
  }
  ctx.events.emit({
    pallet: TRANSACTION_PAYMENT,
    name: 'TransactionFeePaid',
    data: { who, actualFee: fee, tip },
  });
  return outcome;
}
