/** Wire scalars: hex bytes, hashes, block numbers, decimal amounts, accounts. */
import { Type } from '@sinclair/typebox';

export const HexBytes = Type.String({
  pattern: '^0x([0-9a-fA-F]{2})*$',
  description: '0x-prefixed hex bytes',
});
export const HashHex = Type.String({ pattern: '^0x[0-9a-fA-F]{64}$', description: '32-byte hash, 0x hex' });
/** A block number as JSON number or 0x hex (Substrate accepts both). */
export const BlockNumberParam = Type.Union([
  Type.Integer({ minimum: 0, maximum: 0xffff_ffff }),
  Type.String({ pattern: '^0x[0-9a-fA-F]{1,8}$' }),
]);
/** Header numbers are 0x hex in Substrate's JSON. */
export const HexNumber = Type.String({ pattern: '^0x[0-9a-fA-F]+$' });
/** u64/u128 amounts as decimal strings (JSON numbers lose precision beyond 2^53). */
export const DecimalString = Type.String({ pattern: '^[0-9]+$' });
/** An account: SS58 or 0x + 64 hex digits. */
export const AccountParam = Type.String({ minLength: 1, maxLength: 66 });
/** An account id as the runtime views return it: 0x + 64 hex digits. */
export const AccountIdHex = HashHex;
export const NetUidParam = Type.Integer({ minimum: 0, maximum: 65_535 });
export const U16 = Type.Integer({ minimum: 0, maximum: 65_535 });
