/**
 * `start_call(netuid)` [92]: the owner starts the subnet at least `StartCallDelay` blocks after its
 * registration: emission from the next block (`FirstEmissionBlockNumber = now + 1`) and staking enabled.
 */
import { NetUidCodec } from '@taonet/primitives';
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { ensureSubnetOwner } from '../ensureSubnetOwner.js';
import { NetworkRegisteredAt, StartCallDelay } from '../schema.js';
import { startSubnet } from '../startSubnet.js';
import { subnetExists } from '../subnetRegistry.js';
import { getFirstEmissionBlock } from '../views.js';

export const startCall = defineCall({
  pallet: SUBTENSOR,
  index: 92,
  name: 'start_call',
  args: Struct({ netuid: NetUidCodec }),
  pays: true,
  docs: 'Start the subnet (owner only): emission from the next block, staking enabled.',
  dispatch(ctx, origin, { netuid }) {
    const { state } = ctx;
    ensure(subnetExists(state, netuid), SubtensorErrors.SubNetworkDoesNotExist);
    ensureSubnetOwner(state, origin, netuid);
    ensure(
      getFirstEmissionBlock(state, netuid) === undefined,
      SubtensorErrors.FirstEmissionBlockNumberAlreadySet,
    );
    const block = BigInt(ctx.block.number);
    const startable = NetworkRegisteredAt.get(state, [netuid]) + StartCallDelay.get(state);
    ensure(block >= startable, SubtensorErrors.NeedWaitingMoreBlocksToStarCall);
    startSubnet(ctx, netuid);
  },
});
