/**
 * `set_subnet_identity(netuid, subnet_name, github_repo, subnet_contact, subnet_url, discord, description,
 * logo_url, additional)` [78]: the owner sets the subnet's identity (`NotSubnetOwner`, `InvalidIdentity`).
 */
import { NetUidCodec } from '@taonet/primitives';
import { Bytes, Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { SubnetIdentitiesV3, SubnetOwner } from '../schema.js';
import { isValidSubnetIdentity } from '../subnetIdentity.js';

export const setSubnetIdentity = defineCall({
  pallet: SUBTENSOR,
  index: 78,
  name: 'set_subnet_identity',
  args: Struct({
    netuid: NetUidCodec,
    subnet_name: Bytes(),
    github_repo: Bytes(),
    subnet_contact: Bytes(),
    subnet_url: Bytes(),
    discord: Bytes(),
    description: Bytes(),
    logo_url: Bytes(),
    additional: Bytes(),
  }),
  pays: true,
  docs: "Set the subnet's name, links and description (owner only, length-limited fields).",
  dispatch(ctx, origin, { netuid, ...identity }) {
    const coldkey = ensureSigned(origin);
    ensure(SubnetOwner.getOption(ctx.state, [netuid]) === coldkey, SubtensorErrors.NotSubnetOwner);
    ensure(isValidSubnetIdentity(identity), SubtensorErrors.InvalidIdentity);
    SubnetIdentitiesV3.set(ctx.state, [netuid], identity);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'SubnetIdentitySet', data: { netuid } });
  },
});
