/**
 * `serve_axon(netuid, version, ip, port, ip_type, protocol, placeholder1, placeholder2)` [4]: a registered
 * hotkey publishes its axon endpoint (ip as u128, ip_type 4 or 6), at most once per `ServingRateLimit`.
 */
import { NetUidCodec } from '@taonet/primitives';
import { Struct, u8, u16, u32, u128 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { processServeAxon } from '../processServeAxon.js';

export const ServeAxonArgs = {
  netuid: NetUidCodec,
  version: u32,
  ip: u128,
  port: u16,
  ip_type: u8,
  protocol: u8,
  placeholder1: u8,
  placeholder2: u8,
};

export const serveAxon = defineCall({
  pallet: SUBTENSOR,
  index: 4,
  name: 'serve_axon',
  args: Struct(ServeAxonArgs),
  pays: false,
  docs: 'Publish the axon endpoint of the signing hotkey on a subnet.',
  dispatch(ctx, origin, args) {
    processServeAxon(ctx, ensureSigned(origin), args.netuid, { ...args, ipType: args.ip_type }, null);
  },
});
