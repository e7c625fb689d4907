/**
 * TAO movements on accounts, with pallet_balances' rules: the existential deposit, keep-alive
 * checks, and reaping of dust (which leaves the supply: both issuance counters fall by the dust).
 * Issuance (economics.md §1.3): `mint` adds to both counters, `recycleTao` removes from both (the halving
 * comes later), `burnTao` moves TAO to the burn account and changes neither.
 */
import type { AccountId } from '@taonet/primitives';
import { TOTAL_SUPPLY } from '../coinbase/math/blockEmission.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { Account, type AccountInfo } from '../system/schema.js';
import {
  BALANCES,
  BalancesErrors,
  BURN_ACCOUNT,
  CurrencyIssuance,
  EXISTENTIAL_DEPOSIT,
  TotalIssuance,
} from './schema.js';

const U64_MAX = (1n << 64n) - 1n;
const saturatingAdd = (a: bigint, b: bigint) => (a + b > U64_MAX ? U64_MAX : a + b);

export function getFreeBalance(ctx: Pick<DispatchContext, 'state'>, who: AccountId): bigint {
  return Account.get(ctx.state, [who]).data.free;
}

/** How much `who` can spend: everything, or everything above the existential deposit with `keepAlive`. */
export function getReducibleBalance(
  ctx: Pick<DispatchContext, 'state'>,
  who: AccountId,
  keepAlive: boolean,
): bigint {
  const free = getFreeBalance(ctx, who);
  if (!keepAlive) return free;
  return free > EXISTENTIAL_DEPOSIT ? free - EXISTENTIAL_DEPOSIT : 0n;
}

function writeFree(ctx: DispatchContext, who: AccountId, info: AccountInfo, free: bigint): void {
  if (free === 0n) {
    Account.remove(ctx.state, [who]);
    return;
  }
  info.data.free = free;
  if (info.providers === 0) info.providers = 1;
  Account.set(ctx.state, [who], info);
}

/** Credit `amount` to `who`; a new account needs at least the existential deposit. */
export function deposit(ctx: DispatchContext, who: AccountId, amount: bigint): void {
  if (amount === 0n) return;
  const info = Account.get(ctx.state, [who]);
  const isNew = info.data.free === 0n;
  ensure(!isNew || amount >= EXISTENTIAL_DEPOSIT, BalancesErrors.ExistentialDeposit);
  writeFree(ctx, who, info, saturatingAdd(info.data.free, amount));
  if (isNew)
    ctx.events.emit({ pallet: BALANCES, name: 'Endowed', data: { account: who, freeBalance: amount } });
}

/**
 * Debit `amount` from `who`. With `keepAlive` the account must keep the existential deposit;
 * without it, a remainder below the deposit is reaped as dust.
 * Returns the dust that left the supply (0 when the account survives).
 */
export function withdraw(ctx: DispatchContext, who: AccountId, amount: bigint, keepAlive: boolean): bigint {
  const info = Account.get(ctx.state, [who]);
  const free = info.data.free;
  ensure(free >= amount, BalancesErrors.InsufficientBalance);
  let remainder = free - amount;
  ensure(!keepAlive || remainder >= EXISTENTIAL_DEPOSIT, BalancesErrors.Expendability);
  let dust = 0n;
  if (remainder > 0n && remainder < EXISTENTIAL_DEPOSIT) {
    dust = remainder;
    remainder = 0n;
  }
  writeFree(ctx, who, info, remainder);
  if (dust > 0n) {
    reduceIssuance(ctx, dust);
    ctx.events.emit({ pallet: BALANCES, name: 'DustLost', data: { account: who, amount: dust } });
  }
  return dust;
}

/** Move `amount` from `from` to `to` (pallet_balances `transfer`). */
export function transfer(
  ctx: DispatchContext,
  from: AccountId,
  to: AccountId,
  amount: bigint,
  keepAlive: boolean,
): void {
  if (amount === 0n || from === to) {
    ensure(getFreeBalance(ctx, from) >= amount, BalancesErrors.InsufficientBalance);
    return;
  }
  withdraw(ctx, from, amount, keepAlive);
  deposit(ctx, to, amount);
  ctx.events.emit({ pallet: BALANCES, name: 'Transfer', data: { from, to, amount } });
}

/**
 * `mint_tao` resolved into an account: new TAO enters circulation (emission, genesis) and both issuance
 * counters rise. Capped at the total supply (21M TAO) minus the current issuance; returns what was minted.
 */
export function mint(ctx: DispatchContext, who: AccountId, amount: bigint): bigint {
  const issued = CurrencyIssuance.get(ctx.state);
  const room = TOTAL_SUPPLY > issued ? TOTAL_SUPPLY - issued : 0n;
  const minted = amount < room ? amount : room;
  if (minted === 0n) return 0n;
  deposit(ctx, who, minted);
  CurrencyIssuance.mutate(ctx.state, (v) => saturatingAdd(v, minted));
  TotalIssuance.mutate(ctx.state, (v) => saturatingAdd(v, minted));
  return minted;
}

/**
 * `recycle_tao`: TAO leaves the supply and both issuance counters fall by `amount`, so the halving comes later
 * (economics.md §1.3). The account must keep the existential deposit (`InsufficientBalance` otherwise).
 * Used for hotkey/coldkey swap costs, dissolution leftovers and excess registration locks.
 */
export function recycleTao(ctx: DispatchContext, who: AccountId, amount: bigint): void {
  ensure(amount <= getReducibleBalance(ctx, who, true), SubtensorErrors.InsufficientBalance);
  if (amount === 0n) return;
  withdraw(ctx, who, amount, true);
  reduceIssuance(ctx, amount);
  ctx.events.emit({ pallet: BALANCES, name: 'Withdraw', data: { who, amount } });
}

/** @deprecated use `recycleTao` (same function) */
export const recycle = recycleTao;

/**
 * `burn_tao`: a plain transfer (allow death) to the burn account. The TAO is out of reach but still counts
 * as issued: neither issuance counter changes, so the emission schedule is unaffected (economics.md §1.3).
 * Used for swap fees when the block has no author.
 */
export function burnTao(ctx: DispatchContext, who: AccountId, amount: bigint): void {
  transfer(ctx, who, BURN_ACCOUNT, amount, false);
}

/** TAO leaves the supply without an account change (dust, dropped fees): both counters fall. */
export function reduceIssuance(ctx: Pick<DispatchContext, 'state'>, amount: bigint): void {
  if (amount === 0n) return;
  CurrencyIssuance.mutate(ctx.state, (v) => (v > amount ? v - amount : 0n));
  TotalIssuance.mutate(ctx.state, (v) => (v > amount ? v - amount : 0n));
}

/** Only the balances pallet's issuance falls (a fee dropped without an author; subtensor's counter stays). */
export function reduceCurrencyIssuance(ctx: Pick<DispatchContext, 'state'>, amount: bigint): void {
  if (amount === 0n) return;
  CurrencyIssuance.mutate(ctx.state, (v) => (v > amount ? v - amount : 0n));
}
