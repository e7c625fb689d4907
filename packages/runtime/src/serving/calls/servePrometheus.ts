/** `serve_prometheus(netuid, version, ip, port, ip_type)` [5]: publish the neuron's metrics endpoint. */
import { NetUidCodec } from '@taonet/primitives';
import { Struct, u8, u16, u32, u128 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { NetworksAdded } from '../../subnets/schema.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { Prometheus } from '../schema.js';
import { validateServePrometheus } from '../validateServing.js';

export const servePrometheus = defineCall({
  pallet: SUBTENSOR,
  index: 5,
  name: 'serve_prometheus',
  args: Struct({ netuid: NetUidCodec, version: u32, ip: u128, port: u16, ip_type: u8 }),
  pays: false,
  docs: 'Publish the Prometheus endpoint of the signing hotkey on a subnet.',
  dispatch(ctx, origin, args) {
    const hotkey = ensureSigned(origin);
    const { netuid } = args;
    ensure(NetworksAdded.get(ctx.state, [netuid]), SubtensorErrors.SubNetworkDoesNotExist);
    const endpoint = { ...args, ipType: args.ip_type };
    const info = validateServePrometheus(ctx.state, hotkey, netuid, endpoint, BigInt(ctx.block.number));
    Prometheus.set(ctx.state, [netuid, hotkey], info);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'PrometheusServed', data: { netuid, hotkey } });
  },
});
