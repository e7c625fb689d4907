/**
 * Balances: free TAO per account (in `System.Account`), the currency's total issuance, and
 * subtensor's own `TotalIssuance` counter that drives the halving schedule (economics.md §1).
 */
import { type AccountId, accountId } from '@taonet/primitives';
import { enhanceCodec, u8, u64 } from 'scale-ts';
import { defineErrors } from '../dispatch/dispatchError.js';
import { storageValue } from '../state/storageItem.js';

export const BALANCES = 'Balances';
/** 500 rao: an account holding less is reaped (runtime `ExistentialDeposit`). */
export const EXISTENTIAL_DEPOSIT = 500n;

/**
 * The burn account `PalletId(*b"burntnsr").into_account_truncating()`: b"modl" ++ b"burntnsr" padded with
 * zeros to 32 bytes. TAO sent there is out of reach but still counts as issued (`burn_tao`).
 */
export const BURN_ACCOUNT: AccountId = accountId(`0x6d6f646c6275726e746e7372${'00'.repeat(20)}`);

export const TRANSACTION_PAYMENT = 'TransactionPayment';

/**
 * Where transaction fees go: `author` (today's subtensor: resolved into the block author's account, dropped
 * from the balances issuance when there is no author) or `burn` (the earlier handler and the source
 * documents: the fee leaves the supply and subtensor's TotalIssuance falls too). A genesis parameter.
 */
export type FeeDestination = 'author' | 'burn';

const FEE_DESTINATIONS: readonly FeeDestination[] = ['author', 'burn'];

export const FeeDestinationCodec = enhanceCodec<number, FeeDestination>(
  u8,
  (value) => FEE_DESTINATIONS.indexOf(value),
  (index) => FEE_DESTINATIONS[index] ?? 'author',
);

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

export const FeeDestinationStorage = storageValue<FeeDestination>({
  pallet: TRANSACTION_PAYMENT,
  name: 'FeeDestination',
  value: FeeDestinationCodec,
  default: 'author',
  docs: 'Where transaction fees go: 0 = the block author (burned issuance without one), 1 = burned.',
});

export const TransactionPaymentErrors = defineErrors(TRANSACTION_PAYMENT, {
  Payment: 'The account cannot pay the transaction fee without dropping below the existential deposit.',
});

export const balancesStorage = [CurrencyIssuance, TotalIssuance];
export const transactionPaymentStorage = [FeeDestinationStorage];
