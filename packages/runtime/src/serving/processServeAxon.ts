/**
 * `do_serve_axon`: shared by `serve_axon` and `serve_axon_tls`. The subnet must exist, the endpoint pass
 * `validate_serve_axon`; a TLS certificate of 1..=65 bytes (algorithm byte + public key) is stored, a
 * malformed one silently ignored, as subtensor does.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { NetworksAdded } from '../subnets/schema.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { Axons, MAX_CERTIFICATE_BYTES, type NeuronCertificate, NeuronCertificates } from './schema.js';
import { type AxonEndpoint, validateServeAxon } from './validateServing.js';

/** `NeuronCertificate::try_from(Vec<u8>)`: first byte the algorithm, the rest the key; null if invalid. */
export function toNeuronCertificate(bytes: Uint8Array): NeuronCertificate | null {
  if (bytes.length === 0 || bytes.length > MAX_CERTIFICATE_BYTES) return null;
  return { algorithm: bytes[0] as number, public_key: bytes.slice(1) };
}

export function processServeAxon(
  ctx: DispatchContext,
  hotkey: AccountId,
  netuid: NetUid,
  endpoint: AxonEndpoint,
  certificate: Uint8Array | null,
): void {
  const { state } = ctx;
  ensure(NetworksAdded.get(state, [netuid]), SubtensorErrors.SubNetworkDoesNotExist);
  const axon = validateServeAxon(state, hotkey, netuid, endpoint, BigInt(ctx.block.number));
  const parsed = certificate === null ? null : toNeuronCertificate(certificate);
  if (parsed !== null) NeuronCertificates.set(state, [netuid, hotkey], parsed);
  Axons.set(state, [netuid, hotkey], axon);
  ctx.events.emit({ pallet: SUBTENSOR, name: 'AxonServed', data: { netuid, hotkey } });
}
