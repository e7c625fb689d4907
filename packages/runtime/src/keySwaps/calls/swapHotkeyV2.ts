/**
 * `swap_hotkey_v2(hotkey, new_hotkey, netuid: Option, keep_stake)` [72]: the owning coldkey replaces a
 * hotkey on one subnet (0.001 TAO) or on all of them (0.1 TAO), the cost recycled; with `keep_stake` the
 * stake stays on the old hotkey and only the rest moves (economics.md §6.1).
 */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { bool, Option, Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { doSwapHotkey } from '../doSwapHotkey.js';
import type { KeySwapModules } from '../keySwapModules.js';

export function createSwapHotkeyV2Call(modules: KeySwapModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 72,
    name: 'swap_hotkey_v2',
    args: Struct({
      hotkey: AccountIdCodec,
      new_hotkey: AccountIdCodec,
      netuid: Option(NetUidCodec),
      keep_stake: bool,
    }),
    pays: true,
    docs: 'Replace a hotkey on one subnet or on all (cost recycled), optionally leaving its stake behind.',
    dispatch(ctx, origin, { hotkey, new_hotkey, netuid, keep_stake }) {
      const coldkey = ensureSigned(origin);
      doSwapHotkey(ctx, modules, {
        coldkey,
        oldHotkey: hotkey,
        newHotkey: new_hotkey,
        netuid,
        keepStake: keep_stake,
      });
    },
  });
}
