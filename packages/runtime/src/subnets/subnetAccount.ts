/**
 * The account of a subnet (`get_subnet_account_id`): `PalletId(*b"subtensr").into_sub_account_truncating(netuid)`,
 * i.e. b"modl" ++ b"subtensr" ++ netuid (u16 little endian) padded with zeros to 32 bytes. Registration locks,
 * registration fees and staked TAO sit there; dissolution pays stakers out of it.
 */
import { type AccountId, accountId, type NetUid } from '@taonet/primitives';

const MODL_SUBTENSR = [0x6d, 0x6f, 0x64, 0x6c, 0x73, 0x75, 0x62, 0x74, 0x65, 0x6e, 0x73, 0x72];

export function getSubnetAccountId(netuid: NetUid): AccountId {
  const bytes = new Uint8Array(32);
  bytes.set(MODL_SUBTENSR);
  bytes[12] = netuid & 0xff;
  bytes[13] = netuid >> 8;
  return accountId(bytes);
}

/** `is_subnet_account_id`: the netuid whose account this is, or undefined. */
export function getSubnetOfAccount(account: AccountId): NetUid | undefined {
  const prefix = MODL_SUBTENSR.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  if (!account.startsWith(`0x${prefix}`) || !/^0+$/.test(account.slice(30))) return undefined;
  return Number.parseInt(account.slice(28, 30) + account.slice(26, 28), 16) as NetUid;
}
