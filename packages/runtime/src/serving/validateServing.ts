/**
 * The checks of `serve_axon` and `serve_prometheus` (subnets/serving.rs): ip type 4 or 6; IPv4 below
 * u32::MAX and not 127.0.0.1, IPv6 not u128::MAX and not ::1 (a zero ip only for axons); port not 0;
 * the hotkey registered on the subnet; `ServingRateLimit` blocks since the last serve (0 = off, the first
 * serve always passes). The two calls check in different orders, as subtensor does.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { ensure } from '../dispatch/dispatchError.js';
import { Uids } from '../neurons/schema.js';
import type { OverlayState } from '../state/overlayState.js';
import { ServingRateLimit } from '../subnets/hyperparameters.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { type AxonInfo, Axons, Prometheus, type PrometheusInfo } from './schema.js';

const U32_MAX = 0xffff_ffffn;
const U128_MAX = (1n << 128n) - 1n;
const IPV4_LOOPBACK = 0x7f00_0001n;
const IPV6_LOOPBACK = 1n;

export function isValidIpType(ipType: number): boolean {
  return ipType === 4 || ipType === 6;
}

/** `is_valid_ip_address` */
export function isValidIpAddress(ipType: number, ip: bigint, allowZero: boolean): boolean {
  if (!allowZero && ip === 0n) return false;
  if (ipType === 4 && (ip >= U32_MAX || ip === IPV4_LOOPBACK)) return false;
  if (ipType === 6 && (ip === U128_MAX || ip === IPV6_LOOPBACK)) return false;
  return true;
}

/** `axon_passes_rate_limit` / `prometheus_passes_rate_limit` */
export function passesServingRateLimit(
  state: OverlayState,
  netuid: NetUid,
  lastServe: bigint,
  block: bigint,
): boolean {
  const rateLimit = ServingRateLimit.get(state, [netuid]);
  return rateLimit === 0n || lastServe === 0n || (block > lastServe ? block - lastServe : 0n) >= rateLimit;
}

export interface Endpoint {
  readonly version: number;
  readonly ip: bigint;
  readonly port: number;
  readonly ipType: number;
}

export interface AxonEndpoint extends Endpoint {
  readonly protocol: number;
  readonly placeholder1: number;
  readonly placeholder2: number;
}

/** `validate_serve_axon`: registered, ip type, ip (zero allowed), rate limit, port; returns the new record. */
export function validateServeAxon(
  state: OverlayState,
  hotkey: AccountId,
  netuid: NetUid,
  endpoint: AxonEndpoint,
  block: bigint,
): AxonInfo {
  ensure(Uids.contains(state, [netuid, hotkey]), SubtensorErrors.HotKeyNotRegisteredInNetwork);
  ensure(isValidIpType(endpoint.ipType), SubtensorErrors.InvalidIpType);
  ensure(isValidIpAddress(endpoint.ipType, endpoint.ip, true), SubtensorErrors.InvalidIpAddress);
  const previous = Axons.getOption(state, [netuid, hotkey]);
  ensure(
    passesServingRateLimit(state, netuid, previous?.block ?? 0n, block),
    SubtensorErrors.ServingRateLimitExceeded,
  );
  ensure(endpoint.port !== 0, SubtensorErrors.InvalidPort);
  return {
    block,
    version: endpoint.version,
    ip: endpoint.ip,
    port: endpoint.port,
    ip_type: endpoint.ipType,
    protocol: endpoint.protocol,
    placeholder1: endpoint.placeholder1,
    placeholder2: endpoint.placeholder2,
  };
}

/** `validate_serve_prometheus`: ip type, ip (zero refused), registered, rate limit, port. */
export function validateServePrometheus(
  state: OverlayState,
  hotkey: AccountId,
  netuid: NetUid,
  endpoint: Endpoint,
  block: bigint,
): PrometheusInfo {
  ensure(isValidIpType(endpoint.ipType), SubtensorErrors.InvalidIpType);
  ensure(isValidIpAddress(endpoint.ipType, endpoint.ip, false), SubtensorErrors.InvalidIpAddress);
  ensure(Uids.contains(state, [netuid, hotkey]), SubtensorErrors.HotKeyNotRegisteredInNetwork);
  const previous = Prometheus.getOption(state, [netuid, hotkey]);
  ensure(
    passesServingRateLimit(state, netuid, previous?.block ?? 0n, block),
    SubtensorErrors.ServingRateLimitExceeded,
  );
  ensure(endpoint.port !== 0, SubtensorErrors.InvalidPort);
  return { block, version: endpoint.version, ip: endpoint.ip, port: endpoint.port, ip_type: endpoint.ipType };
}
