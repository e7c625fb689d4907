/**
 * frame_system's account record: nonce and reference counts next to the balance data, stored under
 * `System.Account` (Blake2_128Concat) exactly as a Substrate chain does.
 */
import { type AccountId, AccountIdCodec } from '@taonet/primitives';
import { Struct, u32, u64, u128 } from 'scale-ts';
import { Blake2_128Concat } from '../state/storageHasher.js';
import { keyPart, storageMap, storageValue } from '../state/storageItem.js';

export const AccountDataCodec = Struct({ free: u64, reserved: u64, frozen: u64, flags: u128 });
export const AccountInfoCodec = Struct({
  nonce: u32,
  consumers: u32,
  providers: u32,
  sufficients: u32,
  data: AccountDataCodec,
});

export interface AccountInfo {
  nonce: number;
  consumers: number;
  providers: number;
  sufficients: number;
  data: { free: bigint; reserved: bigint; frozen: bigint; flags: bigint };
}

/** pallet_balances' "new logic" flag, set on every account written by the current balances pallet */
export const NEW_LOGIC_FLAG = 1n << 127n;

export const emptyAccount = (): AccountInfo => ({
  nonce: 0,
  consumers: 0,
  providers: 0,
  sufficients: 0,
  data: { free: 0n, reserved: 0n, frozen: 0n, flags: NEW_LOGIC_FLAG },
});

export const Account = storageMap<AccountId, AccountInfo>({
  pallet: 'System',
  name: 'Account',
  key: keyPart(AccountIdCodec, Blake2_128Concat),
  value: AccountInfoCodec,
  default: emptyAccount,
  docs: 'Nonce, reference counts and balances of every account.',
});

export const BlockNumber = storageValue<number>({
  pallet: 'System',
  name: 'Number',
  value: u32,
  default: 0,
  docs: 'The number of the block being executed.',
});

export const systemStorage = [Account, BlockNumber];
