/** `SubtensorModule` calls (pallet 7) of root claims: claim root dividends, choose how they are paid. */
import { _void, Enum, Struct, u16, Vector } from 'scale-ts';
import { defineCall } from './defineCall.js';

export const claimRootCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'claim_root',
  index: 121,
  args: Struct({ subnets: Vector(u16) }),
});

/** `RootClaimTypeEnum`: swap alpha dividends to TAO, keep them, or keep them on some subnets only. */
export const RootClaimTypeCodec = Enum({
  Swap: _void,
  Keep: _void,
  KeepSubnets: Struct({ subnets: Vector(u16) }),
});

export const setRootClaimTypeCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'set_root_claim_type',
  index: 122,
  args: Struct({ new_root_claim_type: RootClaimTypeCodec }),
});
