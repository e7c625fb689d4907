/**
 * `sudo_set_root_claim_threshold(netuid, new_value)` [124], subnet owner or root: the owed alpha below which
 * claims on the subnet wait, at most 10_000_000 rao (`InvalidRootClaimThreshold`).
 */
import { I96F32, NetUidCodec } from '@taonet/primitives';
import { Struct, u64 } from 'scale-ts';
import { ensureSubnetOwnerOrRoot } from '../../admin/ownerChecks.js';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { MAX_ROOT_CLAIM_THRESHOLD, RootClaimableThreshold } from '../schema.js';

export const sudoSetRootClaimThreshold = defineCall({
  pallet: SUBTENSOR,
  index: 124,
  name: 'sudo_set_root_claim_threshold',
  args: Struct({ netuid: NetUidCodec, new_value: u64 }),
  pays: true,
  docs: 'Set the minimum owed alpha for root claims on a subnet (owner or root; at most 10_000_000).',
  dispatch(ctx, origin, { netuid, new_value }) {
    ensureSubnetOwnerOrRoot(ctx.state, origin, netuid);
    ensure(new_value <= MAX_ROOT_CLAIM_THRESHOLD, SubtensorErrors.InvalidRootClaimThreshold);
    RootClaimableThreshold.set(ctx.state, [netuid], I96F32.fromInt(new_value));
  },
});
