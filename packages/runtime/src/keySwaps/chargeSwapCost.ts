/**
 * The cost of a key swap (economics.md §6.1-6.2): the coldkey must hold it (else `insufficient`), and it is
 * recycled (`recycle_tao`: both issuance counters fall, which delays the halving), never taking the
 * account below the existential deposit.
 */
import type { AccountId } from '@taonet/primitives';
import { getFreeBalance, getReducibleBalance, recycleTao } from '../balances/currency.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { type ErrorKind, ensure } from '../dispatch/dispatchError.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';

/** Returns the TAO recycled. */
export function chargeSwapCost(
  ctx: DispatchContext,
  coldkey: AccountId,
  cost: bigint,
  insufficient: ErrorKind,
): bigint {
  if (cost === 0n) return 0n;
  ensure(cost <= getFreeBalance(ctx, coldkey), insufficient);
  const reducible = getReducibleBalance(ctx, coldkey, true);
  const amount = cost < reducible ? cost : reducible;
  ensure(amount > 0n, SubtensorErrors.ZeroBalanceAfterWithdrawn);
  recycleTao(ctx, coldkey, amount);
  return amount;
}
