/** `serveAxon`: publish the signing hotkey's axon endpoint (IPv4 or IPv6, port, protocol) on a subnet. */

import { encodeIp } from '../address/chainIp.js';
import { encodeCall } from '../calls/defineCall.js';
import { serveAxonCall, serveAxonTlsCall } from '../calls/neuronCalls.js';
import type { Client } from '../client/createClient.js';
import { InvalidParameterError } from '../errors/sdkError.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface ServeAxonParameters extends TransactionParameters {
  readonly netuid: number;
  readonly ip: string;
  readonly port: number;
  /** 4 (default, as btcli) */
  readonly protocol?: number;
  /** the axon's version (default 0) */
  readonly version?: number;
  /** TLS public key (algorithm byte + key, at most 65 bytes): sends `serve_axon_tls` */
  readonly certificate?: Uint8Array;
}

export async function serveAxon(client: Client, params: ServeAxonParameters): Promise<TransactionReceipt> {
  const { ip, ipType } = encodeIp(params.ip);
  if (!Number.isInteger(params.port) || params.port < 0 || params.port > 65_535) {
    throw new InvalidParameterError('port', `${params.port} is not a port number`);
  }
  const args = {
    netuid: params.netuid,
    version: params.version ?? 0,
    ip,
    port: params.port,
    ip_type: ipType,
    protocol: params.protocol ?? 4,
    placeholder1: 0,
    placeholder2: 0,
  };
  const call =
    params.certificate === undefined
      ? encodeCall(serveAxonCall, args)
      : encodeCall(serveAxonTlsCall, { ...args, certificate: params.certificate });
  return sendTransaction(client, { ...params, call });
}
