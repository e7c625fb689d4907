/**
 * The user-liquidity calls of the Uniswap-v3 era, kept at their indices with their argument shapes; all of
 * them fail with `Deprecated` whatever the origin (user liquidity is permanently disabled):
 * `add_liquidity` [1], `remove_liquidity` [2], `modify_position` [3], `toggle_user_liquidity` [4],
 * `disable_lp` [5].
 */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { bool, type Codec, i32, i64, Struct, u64, u128 } from 'scale-ts';
import { type CallDef, defineCall } from '../../dispatch/callDef.js';
import { SWAP, SwapErrors } from '../schema.js';

function deprecatedCall<Args>(index: number, name: string, args: Codec<Args>): CallDef<Args> {
  return defineCall({
    pallet: SWAP,
    index,
    name,
    args,
    pays: true,
    docs: 'Deprecated: user liquidity is permanently disabled.',
    dispatch() {
      throw SwapErrors.Deprecated();
    },
  });
}

export const addLiquidity = deprecatedCall(
  1,
  'add_liquidity',
  Struct({ hotkey: AccountIdCodec, netuid: NetUidCodec, tick_low: i32, tick_high: i32, liquidity: u64 }),
);

export const removeLiquidity = deprecatedCall(
  2,
  'remove_liquidity',
  Struct({ hotkey: AccountIdCodec, netuid: NetUidCodec, position_id: u128 }),
);

export const modifyPosition = deprecatedCall(
  3,
  'modify_position',
  Struct({ hotkey: AccountIdCodec, netuid: NetUidCodec, position_id: u128, liquidity_delta: i64 }),
);

export const toggleUserLiquidity = deprecatedCall(
  4,
  'toggle_user_liquidity',
  Struct({ netuid: NetUidCodec, enable: bool }),
);

export const disableLp = deprecatedCall(5, 'disable_lp', Struct({}));
