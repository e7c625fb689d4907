/**
 * The block's TAO emission as a credit (`coinbase/tao.rs`, economics.md §1.3): `get_block_emission` sizes it
 * from subtensor's `TotalIssuance` with the halving law; the coinbase then spends parts of it into subnet
 * accounts (`spend_tao`: new TAO, both issuance counters rise) and whatever is left unspent at the end is
 * recycled, i.e. simply never minted (`recycle_credit`). Spending only what lands in an account keeps
 * `TotalIssuance` equal to the sum of the balances at every step.
 */
import type { AccountId } from '@taonet/primitives';
import { mint } from '../balances/currency.js';
import { CurrencyIssuance, EXISTENTIAL_DEPOSIT, TotalIssuance } from '../balances/schema.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { Account } from '../system/schema.js';
import { getBlockEmissionForIssuance, TOTAL_SUPPLY } from './math/blockEmission.js';
import { BlockEmission } from './schema.js';

/** The unspent part of a block's emission (rao). */
export interface TaoCredit {
  remaining: bigint;
}

/**
 * `get_block_emission`: the emission of this block from `TotalIssuance` (written to `BlockEmission` when it
 * changed), capped by the room left under the 21M supply (`mint_tao`). Nothing is minted yet.
 */
export function getBlockEmission(ctx: Pick<DispatchContext, 'state'>): TaoCredit {
  const { state } = ctx;
  const emission = getBlockEmissionForIssuance(TotalIssuance.get(state));
  if (BlockEmission.get(state) !== emission) BlockEmission.set(state, emission);
  const issued = CurrencyIssuance.get(state);
  const room = TOTAL_SUPPLY > issued ? TOTAL_SUPPLY - issued : 0n;
  return { remaining: emission < room ? emission : room };
}

/**
 * `spend_tao`: mint `amount` of the credit into `account`. False (nothing spent) when the credit is short or
 * the deposit would create an account below the existential deposit, as a failed `resolve` does.
 */
export function spendTao(
  ctx: DispatchContext,
  credit: TaoCredit,
  account: AccountId,
  amount: bigint,
): boolean {
  if (amount === 0n) return true;
  if (amount > credit.remaining) return false;
  if (amount < EXISTENTIAL_DEPOSIT && Account.get(ctx.state, [account]).data.free === 0n) return false;
  const minted = mint(ctx, account, amount);
  credit.remaining -= minted;
  return minted === amount;
}
