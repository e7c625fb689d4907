/** `SubtensorModule` calls (pallet 7) that register neurons and publish their endpoints. */
import { AccountIdCodec } from '@taonet/primitives';
import { Bytes, Struct, u8, u16, u32, u64, u128 } from 'scale-ts';
import { defineCall } from './defineCall.js';

export const burnedRegisterCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'burned_register',
  index: 7,
  args: Struct({ netuid: u16, hotkey: AccountIdCodec }),
});

export const registerLimitCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'register_limit',
  index: 134,
  args: Struct({ netuid: u16, hotkey: AccountIdCodec, limit_price: u64 }),
});

export const rootRegisterCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'root_register',
  index: 62,
  args: Struct({ hotkey: AccountIdCodec }),
});

const axonFields = {
  netuid: u16,
  version: u32,
  ip: u128,
  port: u16,
  ip_type: u8,
  protocol: u8,
  placeholder1: u8,
  placeholder2: u8,
};

export const serveAxonCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'serve_axon',
  index: 4,
  args: Struct(axonFields),
});

export const serveAxonTlsCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'serve_axon_tls',
  index: 40,
  args: Struct({ ...axonFields, certificate: Bytes() }),
});

export const servePrometheusCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'serve_prometheus',
  index: 5,
  args: Struct({ netuid: u16, version: u32, ip: u128, port: u16, ip_type: u8 }),
});
