/** Runtime-API style reads of what neurons serve (the metagraph's axon and prometheus columns). */
import type { AccountId, NetUid } from '@taonet/primitives';
import type { OverlayState } from '../state/overlayState.js';
import {
  type AxonInfo,
  Axons,
  type NeuronCertificate,
  NeuronCertificates,
  Prometheus,
  type PrometheusInfo,
} from './schema.js';

/** `get_axon_info`: the stored axon, or all zeros when the hotkey never served. */
export function getAxonInfo(state: OverlayState, netuid: NetUid, hotkey: AccountId): AxonInfo {
  return (
    Axons.getOption(state, [netuid, hotkey]) ?? {
      block: 0n,
      version: 0,
      ip: 0n,
      port: 0,
      ip_type: 0,
      protocol: 0,
      placeholder1: 0,
      placeholder2: 0,
    }
  );
}

/** `get_prometheus_info`: the stored endpoint, or all zeros. */
export function getPrometheusInfo(state: OverlayState, netuid: NetUid, hotkey: AccountId): PrometheusInfo {
  return (
    Prometheus.getOption(state, [netuid, hotkey]) ?? { block: 0n, version: 0, ip: 0n, port: 0, ip_type: 0 }
  );
}

/** The neuron's TLS certificate, if it published one with `serve_axon_tls`. */
export function getNeuronCertificate(
  state: OverlayState,
  netuid: NetUid,
  hotkey: AccountId,
): NeuronCertificate | undefined {
  return NeuronCertificates.getOption(state, [netuid, hotkey]);
}
