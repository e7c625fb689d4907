/** `serve_axon_tls(netuid, version, ip, port, ip_type, protocol, placeholder1, placeholder2, certificate)` [40]. */
import { Bytes, Struct } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { processServeAxon } from '../processServeAxon.js';
import { ServeAxonArgs } from './serveAxon.js';

export const serveAxonTls = defineCall({
  pallet: SUBTENSOR,
  index: 40,
  name: 'serve_axon_tls',
  args: Struct({ ...ServeAxonArgs, certificate: Bytes() }),
  pays: false,
  docs: 'Publish the axon endpoint and its TLS public key (algorithm byte + key, at most 65 bytes).',
  dispatch(ctx, origin, args) {
    const endpoint = { ...args, ipType: args.ip_type };
    processServeAxon(ctx, ensureSigned(origin), args.netuid, endpoint, args.certificate);
  },
});
