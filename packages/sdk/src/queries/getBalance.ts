/** Accounts and issuance: `System.Account` (nonce, free/reserved/frozen rao) and total issuance. */
import { type Address, toAccountId } from '../address/toAccountId.js';
import type { Client } from '../client/createClient.js';
import {
  BalancesTotalIssuance,
  SubtensorTotalIssuance,
  SystemAccount,
  TotalStake,
} from '../storage/chainStorage.js';
import { type BlockHash, readStorage, readStorageMany } from './readStorage.js';

/** The smallest balance an account may hold (pallet_balances' ExistentialDeposit), rao. */
export const EXISTENTIAL_DEPOSIT = 500n;

export interface AccountInfo {
  readonly nonce: number;
  /** rao */
  readonly free: bigint;
  readonly reserved: bigint;
  readonly frozen: bigint;
  /** what a transfer that keeps the account alive can move: free - max(frozen, existential deposit) */
  readonly transferable: bigint;
}

export interface GetAccountInfoParameters {
  readonly address: Address;
  readonly at?: BlockHash;
}

function toAccountInfo(value: NonNullable<typeof SystemAccount.fallback>): AccountInfo {
  const { free, reserved, frozen } = value.data;
  const locked = frozen > EXISTENTIAL_DEPOSIT ? frozen : EXISTENTIAL_DEPOSIT;
  return { nonce: value.nonce, free, reserved, frozen, transferable: free > locked ? free - locked : 0n };
}

export async function getAccountInfo(client: Client, params: GetAccountInfoParameters): Promise<AccountInfo> {
  const keys = [toAccountId(params.address)] as [ReturnType<typeof toAccountId>];
  const value = await readStorage(client, {
    item: SystemAccount,
    keys,
    ...(params.at ? { at: params.at } : {}),
  });
  return toAccountInfo(value ?? SystemAccount.fallback!);
}

/** The free balance (rao) of an account. */
export async function getBalance(client: Client, params: GetAccountInfoParameters): Promise<bigint> {
  return (await getAccountInfo(client, params)).free;
}

export interface GetBalancesParameters {
  readonly addresses: readonly Address[];
  readonly at?: BlockHash;
}

/** The free balances of many accounts, in one round trip. */
export async function getBalances(client: Client, params: GetBalancesParameters): Promise<bigint[]> {
  const keys = params.addresses.map(
    (a, i) => [toAccountId(a, `addresses[${i}]`)] as [ReturnType<typeof toAccountId>],
  );
  const values = await readStorageMany(client, {
    item: SystemAccount,
    keys,
    ...(params.at ? { at: params.at } : {}),
  });
  return values.map((value) => (value ?? SystemAccount.fallback!).data.free);
}

export interface TotalIssuance {
  /** every account's balance (pallet_balances' TotalIssuance), rao */
  readonly issuance: bigint;
  /** TAO issued by emission minus TAO recycled (subtensor's TotalIssuance, drives the halving), rao */
  readonly subtensorIssuance: bigint;
  /** TAO held by the subnet pools, rao */
  readonly totalStake: bigint;
}

export async function getTotalIssuance(
  client: Client,
  params: { readonly at?: BlockHash } = {},
): Promise<TotalIssuance> {
  const at = params.at === undefined ? {} : { at: params.at };
  const [issuance, subtensorIssuance, totalStake] = await Promise.all([
    readStorage(client, { item: BalancesTotalIssuance, keys: [], ...at }),
    readStorage(client, { item: SubtensorTotalIssuance, keys: [], ...at }),
    readStorage(client, { item: TotalStake, keys: [], ...at }),
  ]);
  return {
    issuance: issuance ?? 0n,
    subtensorIssuance: subtensorIssuance ?? 0n,
    totalStake: totalStake ?? 0n,
  };
}
