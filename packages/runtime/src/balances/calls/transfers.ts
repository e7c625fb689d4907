/**
 * pallet_balances' transfer calls (indices as in Substrate): `transfer_allow_death` [0],
 * `transfer_keep_alive` [3], `transfer_all` [4], root `force_set_balance` [8].
 */
import { type AccountId, AccountIdCodec } from '@taonet/primitives';
import { Bytes, bool, compact, Enum, Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureRoot, ensureSigned, OriginErrors } from '../../dispatch/origin.js';
import { deposit, getFreeBalance, getReducibleBalance, transfer, withdraw } from '../currency.js';
import { BALANCES, BalancesErrors, CurrencyIssuance, EXISTENTIAL_DEPOSIT } from '../schema.js';

/** Substrate's `MultiAddress`; taonet accounts are addressed by `Id` (or the equivalent `Address32`). */
export const MultiAddressCodec = Enum({
  Id: AccountIdCodec,
  Index: compact,
  Raw: Bytes(),
  Address32: Bytes(32),
  Address20: Bytes(20),
});
export type MultiAddress = ReturnType<typeof MultiAddressCodec.dec>;

export function lookupAddress(address: MultiAddress): AccountId {
  if (address.tag === 'Id') return address.value;
  if (address.tag === 'Address32') return AccountIdCodec.dec(address.value);
  throw OriginErrors.CallFiltered(`address kind ${address.tag} is not supported: use an account id`);
}

const toU64 = (value: number | bigint) => BigInt(value);

export const transferAllowDeath = defineCall({
  pallet: BALANCES,
  index: 0,
  name: 'transfer_allow_death',
  args: Struct({ dest: MultiAddressCodec, value: compact }),
  pays: true,
  docs: 'Transfer TAO; the sender account may be reaped if what remains is below the existential deposit.',
  dispatch(ctx, origin, { dest, value }) {
    transfer(ctx, ensureSigned(origin), lookupAddress(dest), toU64(value), false);
  },
});

export const transferKeepAlive = defineCall({
  pallet: BALANCES,
  index: 3,
  name: 'transfer_keep_alive',
  args: Struct({ dest: MultiAddressCodec, value: compact }),
  pays: true,
  docs: 'Transfer TAO, refusing to take the sender below the existential deposit.',
  dispatch(ctx, origin, { dest, value }) {
    transfer(ctx, ensureSigned(origin), lookupAddress(dest), toU64(value), true);
  },
});

export const transferAll = defineCall({
  pallet: BALANCES,
  index: 4,
  name: 'transfer_all',
  args: Struct({ dest: MultiAddressCodec, keep_alive: bool }),
  pays: true,
  docs: 'Transfer everything that can be spent (everything above the existential deposit with keep_alive).',
  dispatch(ctx, origin, { dest, keep_alive }) {
    const who = ensureSigned(origin);
    const amount = getReducibleBalance(ctx, who, keep_alive);
    transfer(ctx, who, lookupAddress(dest), amount, keep_alive);
  },
});

export const forceSetBalance = defineCall({
  pallet: BALANCES,
  index: 8,
  name: 'force_set_balance',
  args: Struct({ who: MultiAddressCodec, new_free: compact }),
  pays: true,
  docs: 'Root: set an account free balance, adjusting the currency issuance.',
  dispatch(ctx, origin, { who, new_free }) {
    ensureRoot(origin);
    const account = lookupAddress(who);
    const target = toU64(new_free);
    ensure(target === 0n || target >= EXISTENTIAL_DEPOSIT, BalancesErrors.ExistentialDeposit);
    const current = getFreeBalance(ctx, account);
    if (target > current) deposit(ctx, account, target - current);
    else if (target < current) withdraw(ctx, account, current - target, false);
    CurrencyIssuance.mutate(ctx.state, (v) => v + target - current);
    ctx.events.emit({ pallet: BALANCES, name: 'BalanceSet', data: { who: account, free: target } });
  },
});
