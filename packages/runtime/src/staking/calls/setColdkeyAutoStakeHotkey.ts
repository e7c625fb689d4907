/**
 * `set_coldkey_auto_stake_hotkey(netuid, hotkey)` [114]: the signing coldkey's mining incentive on `netuid`
 * is staked to `hotkey` from the next payout on (`AutoStakeDestination`). The subnet must exist
 * (`SubNetworkDoesNotExist`), the hotkey must hold a uid there (`HotKeyNotRegisteredInSubNet`), and setting
 * the destination already set fails (`SameAutoStakeHotkeyAlreadySet`). Event `AutoStakeDestinationSet`.
 */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { AutoStakeDestination } from '../../coinbase/schema.js';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { isHotkeyRegisteredOnNetwork } from '../../neurons/neuronRegistry.js';
import { subnetExists } from '../../subnets/subnetRegistry.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';

export const setColdkeyAutoStakeHotkey = defineCall({
  pallet: SUBTENSOR,
  index: 114,
  name: 'set_coldkey_auto_stake_hotkey',
  args: Struct({ netuid: NetUidCodec, hotkey: AccountIdCodec }),
  pays: true,
  docs: "Stake the signing coldkey's mining incentive on a subnet to a hotkey registered there.",
  dispatch(ctx, origin, { netuid, hotkey }) {
    const coldkey = ensureSigned(origin);
    ensure(subnetExists(ctx.state, netuid), SubtensorErrors.SubNetworkDoesNotExist);
    ensure(
      isHotkeyRegisteredOnNetwork(ctx.state, netuid, hotkey),
      SubtensorErrors.HotKeyNotRegisteredInSubNet,
    );
    ensure(
      AutoStakeDestination.getOption(ctx.state, [coldkey, netuid]) !== hotkey,
      SubtensorErrors.SameAutoStakeHotkeyAlreadySet,
    );
    AutoStakeDestination.set(ctx.state, [coldkey, netuid], hotkey);
    ctx.events.emit({
      pallet: SUBTENSOR,
      name: 'AutoStakeDestinationSet',
      data: { coldkey, netuid, hotkey },
    });
  },
});
