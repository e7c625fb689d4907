/**
 * `set_root_claim_type(new_root_claim_type)` [122]: how the signing coldkey's root dividends are claimed —
 * `Swap` (to root TAO, the default), `Keep` (as alpha) or `KeepSubnets { subnets }` (alpha on those, swap on
 * the others; an empty set is `InvalidSubnetNumber`). The coldkey joins the auto-claim index.
 * Event `RootClaimTypeSet { coldkey, root_claim_type }`.
 */
import { Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { maybeAddColdkeyIndex } from '../rootClaimable.js';
import { RootClaimTypeCodec, RootClaimTypeStorage } from '../schema.js';

export const setRootClaimType = defineCall({
  pallet: SUBTENSOR,
  index: 122,
  name: 'set_root_claim_type',
  args: Struct({ new_root_claim_type: RootClaimTypeCodec }),
  pays: true,
  docs: 'Choose how root dividends are claimed: Swap (to root TAO), Keep (alpha) or KeepSubnets.',
  dispatch(ctx, origin, { new_root_claim_type: type }) {
    const coldkey = ensureSigned(origin);
    if (type.kind === 'KeepSubnets') ensure(type.subnets.length > 0, SubtensorErrors.InvalidSubnetNumber);
    maybeAddColdkeyIndex(ctx.state, coldkey);
    RootClaimTypeStorage.set(ctx.state, [coldkey], type);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'RootClaimTypeSet', data: { coldkey, rootClaimType: type } });
  },
});
