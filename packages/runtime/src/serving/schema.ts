/**
 * Serving storage of `SubtensorModule` (economics.md §5.8), keyed `Identity(NetUid), Blake2_128Concat(hotkey)`
 * as subtensor declares it: the axon endpoint (`Axons`), its TLS public key (`NeuronCertificates`) and
 * the Prometheus endpoint (`Prometheus`) a neuron publishes.
 */
import { Bytes, Struct, u8, u16, u32, u64, u128 } from 'scale-ts';
import { subnetAccountMap } from '../subtensor/subtensorStorage.js';

export const AxonInfoCodec = Struct({
  block: u64,
  version: u32,
  ip: u128,
  port: u16,
  ip_type: u8,
  protocol: u8,
  placeholder1: u8,
  placeholder2: u8,
});
export type AxonInfo = ReturnType<typeof AxonInfoCodec.dec>;

export const PrometheusInfoCodec = Struct({ block: u64, version: u32, ip: u128, port: u16, ip_type: u8 });
export type PrometheusInfo = ReturnType<typeof PrometheusInfoCodec.dec>;

/** `NeuronCertificate { public_key: BoundedVec<u8, 64>, algorithm: u8 }` */
export const NeuronCertificateCodec = Struct({ public_key: Bytes(), algorithm: u8 });
export type NeuronCertificate = ReturnType<typeof NeuronCertificateCodec.dec>;

/** the longest certificate `serve_axon_tls` accepts: 1 algorithm byte + a 64-byte public key */
export const MAX_CERTIFICATE_BYTES = 65;

export const Axons = subnetAccountMap('Axons', AxonInfoCodec, undefined, "A neuron's axon endpoint.");
export const NeuronCertificates = subnetAccountMap(
  'NeuronCertificates',
  NeuronCertificateCodec,
  undefined,
  "A neuron's TLS public key (algorithm byte and key).",
);
export const Prometheus = subnetAccountMap(
  'Prometheus',
  PrometheusInfoCodec,
  undefined,
  "A neuron's Prometheus metrics endpoint.",
);

export const servingStorage = [Axons, NeuronCertificates, Prometheus];
