/**
 * TAO movements on accounts, with pallet_balances' rules: the existential deposit, keep-alive
 * checks, and reaping of dust (which leaves the supply: both issuance counters fall by the dust).
 */
import type { AccountId } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { Account, type AccountInfo } from '../system/schema.js';
import { BALANCES, BalancesErrors, CurrencyIssuance, EXISTENTIAL_DEPOSIT, TotalIssuance } from './schema.js';

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

/** New TAO enters circulation (emission, genesis): both issuance counters rise. */
export function mint(ctx: DispatchContext, who: AccountId, amount: bigint): void {
  deposit(ctx, who, amount);
  CurrencyIssuance.mutate(ctx.state, (v) => saturatingAdd(v, amount));
  TotalIssuance.mutate(ctx.state, (v) => saturatingAdd(v, amount));
}

/** Recycling: TAO leaves the supply, so the halving comes later (economics.md §1.3 `recycle_tao`). */
export function recycle(ctx: DispatchContext, who: AccountId, amount: bigint): void {
  withdraw(ctx, who, amount, true);
  reduceIssuance(ctx, amount);
  ctx.events.emit({ pallet: BALANCES, name: 'Burned', data: { who, amount } });
}

function reduceIssuance(ctx: DispatchContext, amount: bigint): void {
  CurrencyIssuance.mutate(ctx.state, (v) => (v > amount ? v - amount : 0n));
  TotalIssuance.mutate(ctx.state, (v) => (v > amount ? v - amount : 0n));
}
