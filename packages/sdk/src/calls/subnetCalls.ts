/** `SubtensorModule` calls (pallet 7) that create, start, describe and dissolve subnets. */
import { AccountIdCodec } from '@taonet/primitives';
import { Bytes, Option, Struct, u16 } from 'scale-ts';
import { SubnetIdentityCodec } from '../storage/chainStorage.js';
import { defineCall } from './defineCall.js';

export const registerNetworkCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'register_network',
  index: 59,
  args: Struct({ hotkey: AccountIdCodec }),
});

export const registerNetworkWithIdentityCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'register_network_with_identity',
  index: 79,
  args: Struct({ hotkey: AccountIdCodec, identity: Option(SubnetIdentityCodec) }),
});

export const startCallCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'start_call',
  index: 92,
  args: Struct({ netuid: u16 }),
});

export const setSubnetIdentityCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'set_subnet_identity',
  index: 78,
  args: Struct({
    netuid: u16,
    subnet_name: Bytes(),
    github_repo: Bytes(),
    subnet_contact: Bytes(),
    subnet_url: Bytes(),
    discord: Bytes(),
    description: Bytes(),
    logo_url: Bytes(),
    additional: Bytes(),
  }),
});

export const updateSymbolCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'update_symbol',
  index: 112,
  args: Struct({ netuid: u16, symbol: Bytes() }),
});

export const dissolveNetworkCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'dissolve_network',
  index: 61,
  args: Struct({ coldkey: AccountIdCodec, netuid: u16 }),
});

export const rootDissolveNetworkCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'root_dissolve_network',
  index: 120,
  args: Struct({ netuid: u16 }),
});
