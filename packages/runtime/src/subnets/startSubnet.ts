/**
 * Starting a subnet (the effect of `start_call`, also used by genesis): emission from the next block
 * (`FirstEmissionBlockNumber = now + 1`) and staking enabled (`SubtokenEnabled`).
 */
import type { NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { FirstEmissionBlockNumber, SubtokenEnabled } from './schema.js';

export function startSubnet(ctx: DispatchContext, netuid: NetUid): void {
  const first = BigInt(ctx.block.number) + 1n;
  FirstEmissionBlockNumber.set(ctx.state, [netuid], first);
  SubtokenEnabled.set(ctx.state, [netuid], true);
  ctx.events.emit({
    pallet: SUBTENSOR,
    name: 'FirstEmissionBlockNumberSet',
    data: { netuid, blockNumber: first },
  });
}
