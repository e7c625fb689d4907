/**
 * Balances: free TAO per account (in `System.Account`), the currency's total issuance, and
 * subtensor's own `TotalIssuance` counter that drives the halving schedule (economics.md §1).
 */
import { u64 } from 'scale-ts';
import { defineErrors } from '../dispatch/dispatchError.js';
import { storageValue } from '../state/storageItem.js';

export const BALANCES = 'Balances';
/** 500 rao: an account holding less is reaped (runtime `ExistentialDeposit`). */
export const EXISTENTIAL_DEPOSIT = 500n;
/** 21M TAO in rao */
export const TOTAL_SUPPLY = 21_000_000_000_000_000n;

export const CurrencyIssuance = storageValue<bigint>({
  pallet: BALANCES,
  name: 'TotalIssuance',
  value: u64,
  default: 0n,
  docs: 'The sum of every account balance (pallet_balances issuance).',
});

export const TotalIssuance = storageValue<bigint>({
  pallet: 'SubtensorModule',
  name: 'TotalIssuance',
  value: u64,
  default: 0n,
  docs: 'TAO issued by emission minus TAO recycled: the halving schedule reads this counter.',
});

export const BalancesErrors = defineErrors(BALANCES, {
  InsufficientBalance: 'Balance too low to send value.',
  ExistentialDeposit: 'Value too low to create an account: below the existential deposit (500 rao).',
  Expendability: 'Transfer or payment would kill the account (use transfer_allow_death).',
  DeadAccount: 'Beneficiary account must pre-exist.',
  DeltaZero: 'The amount is zero.',
});

export const balancesStorage = [CurrencyIssuance, TotalIssuance];
