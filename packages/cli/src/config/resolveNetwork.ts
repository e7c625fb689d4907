/**
 * `--network` values, as btcli's: a network name or an endpoint URL. `local` is ws://127.0.0.1:9944;
 * other names are defined in the config (`tao config set networks.<name> <url>`); anything starting with
 * ws:// or wss:// is used as it is.
 */
import { UnknownNetworkError } from '../errors/cliErrors.js';

export const BUILTIN_NETWORKS: Readonly<Record<string, string>> = { local: 'ws://127.0.0.1:9944' };
export const DEFAULT_NETWORK = 'local';

export interface ResolvedNetwork {
  /** The network's name, or null when an URL was given. */
  name: string | null;
  url: string;
}

const NAME = /^[a-z0-9][a-z0-9_-]*$/i;

export function isNetworkName(value: string): boolean {
  return NAME.test(value);
}

/** The value when it is a ws:// or wss:// URL with a host, else undefined. */
export function parseEndpointUrl(value: string): string | undefined {
  if (!/^wss?:\/\//i.test(value)) return undefined;
  try {
    return new URL(value).hostname === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

/** The endpoint of a `--network` value; UnknownNetworkError naming the known names otherwise. */
export function resolveNetwork(
  value: string,
  networks: Readonly<Record<string, string>> = {},
): ResolvedNetwork {
  const trimmed = value.trim();
  const url = parseEndpointUrl(trimmed);
  if (url !== undefined) return { name: null, url };
  const builtin = Object.hasOwn(BUILTIN_NETWORKS, trimmed) ? BUILTIN_NETWORKS[trimmed] : undefined;
  if (builtin !== undefined) return { name: trimmed, url: builtin };
  const configured = Object.hasOwn(networks, trimmed) ? networks[trimmed] : undefined;
  if (configured !== undefined) return { name: trimmed, url: configured };
  const known = [...Object.keys(BUILTIN_NETWORKS), ...Object.keys(networks)].sort().join(', ');
  throw new UnknownNetworkError(`unknown network "${trimmed}" (known: ${known})`, {
    details: { network: trimmed, known: known.split(', ') },
  });
}
