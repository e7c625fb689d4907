/**
 * Where a dendrite sends a synapse: an axon's ip, port and hotkey (the fields of the chain's `AxonInfo` that
 * matter here). IPv6 addresses work (the SDK builds `http://{ip}:{port}` without brackets, which breaks them).
 */
import { isIP } from 'node:net';

export interface AxonTarget {
  ip: string;
  port: number;
  /** SS58 address of the axon's hotkey: the signed message names it, and only that axon accepts it. */
  hotkey: string;
}

/** The host to connect to: the loopback when the axon is this machine's own external ip (the SDK's rule). */
export function getConnectHost(target: AxonTarget, ownExternalIp: string | null): string {
  if (ownExternalIp !== null && target.ip === ownExternalIp)
    return isIP(target.ip) === 6 ? '::1' : '127.0.0.1';
  if (target.ip === '0.0.0.0') return '127.0.0.1';
  if (target.ip === '::') return '::1';
  return target.ip;
}

/** `host:port` for a Host header or a log line, IPv6 in brackets. */
export function formatHostPort(host: string, port: number): string {
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}
