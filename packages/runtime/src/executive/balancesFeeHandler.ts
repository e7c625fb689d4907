/**
 * The fee handler of the composed runtime: the balances module's fee formula (`computeFee`: base fee +
 * length fee + tip; `Pays::No` calls pay the tip only) charged with its `chargeFee` (keep-alive
 * withdrawal, then to the block author or burned as `TransactionPayment.FeeDestination` says).
 * Call weights are not metered, so the weight part of the formula is 0.
 */
import { chargeFee, computeFee, DEFAULT_FEE_PARAMS, type FeeParams } from '../balances/transactionFee.js';
import type { FeeHandler } from './feeHandler.js';

export function createBalancesFeeHandler(params: FeeParams = DEFAULT_FEE_PARAMS): FeeHandler {
  return {
    chargeFee(ctx, who, call, info) {
      const tip = info.tip ?? 0n;
      const fee = computeFee(info.length, 0n, { tip, pays: call.pays, params });
      return chargeFee(ctx, who, fee, tip).paid;
    },
  };
}
