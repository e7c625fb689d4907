/**
 * `claim_root(subnets)` [121]: the signing coldkey claims its root dividends on 1..=5 subnets, through every
 * hotkey it stakes with, as its `RootClaimType` says (`InvalidSubnetNumber` otherwise). It joins the
 * auto-claim index. Event `RootClaimed { coldkey }`.
 */
import { NetUidCodec } from '@taonet/primitives';
import { Struct, Vector } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { maybeAddColdkeyIndex } from '../rootClaimable.js';
import { doRootClaim, type RootClaimSwap } from '../rootClaimOnSubnet.js';
import { MAX_SUBNET_CLAIMS, sortedNetuids } from '../schema.js';

export function createClaimRootCall(modules: { readonly swap: RootClaimSwap }) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 121,
    name: 'claim_root',
    args: Struct({ subnets: Vector(NetUidCodec) }),
    pays: true,
    docs: 'Claim accrued root-alpha dividends on 1..=5 subnets (swapped to root TAO or kept, per claim type).',
    dispatch(ctx, origin, { subnets }) {
      const coldkey = ensureSigned(origin);
      const set = sortedNetuids(subnets);
      ensure(set.length > 0 && set.length <= MAX_SUBNET_CLAIMS, SubtensorErrors.InvalidSubnetNumber);
      maybeAddColdkeyIndex(ctx.state, coldkey);
      doRootClaim(ctx, modules.swap, coldkey, set);
    },
  });
}
