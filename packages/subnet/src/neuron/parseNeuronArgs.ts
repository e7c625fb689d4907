/**
 * The command line every neuron entry script shares (template, OCR, forecast; `tao localnet` spawns them
 * with these flags):
 *
 *   common     --network <ws-url> | --no-chain, --netuid <n>,
 *              --hotkey-uri <suri> | --wallet-name <w> --wallet-hotkey <h> [--wallet-path <dir>],
 *              --state-dir <dir>, --log-level debug|info|warn|error, --log-format text|json
 *   miners     --port <p> (default 8091), --host <ip>, --external-ip <ip>, --external-port <p>
 *
 * A script adds its own flags (`options`) and reads them from `extra` with `numberFlag` / `choiceFlag`.
 * Errors are `TaonetError('INVALID_ARGS')` whose message names the flag.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { createKeypairFromUri, isValidSs58 } from '@taonet/crypto';
import { TaonetError } from '@taonet/primitives';
import type { NeuronLogFormat, NeuronLogLevel } from './neuronLogger.js';

export type NeuronRole = 'miner' | 'validator';

/** Where the hotkey comes from: a secret URI, or a btcli wallet's (unencrypted) hotkey file. */
export type NeuronHotkeySource =
  | { uri: string }
  | { wallet: { name: string; hotkey: string; path?: string } };

export interface NeuronAxonArgs {
  port: number;
  host?: string;
  externalIp?: string;
  externalPort?: number;
}

export interface NeuronArgs {
  role: NeuronRole;
  /** The node's WebSocket URL; null with `--no-chain` (an in-memory chain, or none). */
  network: string | null;
  netuid: number;
  hotkey: NeuronHotkeySource;
  stateDir?: string;
  logLevel: NeuronLogLevel;
  logFormat: NeuronLogFormat;
  /** Miners only. */
  axon?: NeuronAxonArgs;
  /** The script's own flags as `node:util` parseArgs gives them. */
  extra: Readonly<Record<string, string | boolean | string[] | undefined>>;
}

export type NeuronOptions = NonNullable<ParseArgsConfig['options']>;

export interface NeuronArgsSpec {
  role: NeuronRole;
  /** The script's own flags (`parseArgs` options; give defaults there). */
  options?: NeuronOptions;
}

const STRING = { type: 'string' } as const;

const COMMON_OPTIONS: NeuronOptions = {
  network: STRING,
  'no-chain': { type: 'boolean', default: false },
  netuid: { type: 'string', default: '1' },
  'hotkey-uri': STRING,
  'wallet-name': STRING,
  'wallet-hotkey': STRING,
  'wallet-path': STRING,
  'state-dir': STRING,
  'log-level': { type: 'string', default: 'info' },
  'log-format': { type: 'string', default: 'text' },
};

const MINER_OPTIONS: NeuronOptions = {
  port: { type: 'string', default: '8091' },
  host: STRING,
  'external-ip': STRING,
  'external-port': STRING,
};

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const LOG_FORMATS = ['text', 'json'] as const;

export function invalidArgs(message: string): TaonetError {
  return new TaonetError('INVALID_ARGS', message);
}

/** A numeric flag of `extra`: `--name` must be a number >= `min` (an integer with `integer`). */
export function numberFlag(
  extra: NeuronArgs['extra'],
  name: string,
  opts: { min?: number; integer?: boolean; max?: number } = {},
): number {
  const text = extra[name];
  const value = Number(text);
  const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = opts;
  const ok = typeof text === 'string' && text.trim() !== '' && Number.isFinite(value);
  if (!ok || value < min || value > max || (opts.integer === true && !Number.isInteger(value))) {
    const kind = opts.integer === true ? 'an integer' : 'a number';
    const range = `${Number.isFinite(min) ? ` >= ${min}` : ''}${Number.isFinite(max) ? ` <= ${max}` : ''}`;
    throw invalidArgs(`--${name}: expected ${kind}${range}, got ${String(text)}`);
  }
  return value;
}

/** An optional numeric flag: undefined when absent. */
export function optionalNumberFlag(
  extra: NeuronArgs['extra'],
  name: string,
  opts: { min?: number; integer?: boolean; max?: number } = {},
): number | undefined {
  return extra[name] === undefined ? undefined : numberFlag(extra, name, opts);
}

/** A flag whose value is one of `choices`. */
export function choiceFlag<const T extends string>(
  extra: NeuronArgs['extra'],
  name: string,
  choices: readonly T[],
): T {
  const value = extra[name];
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw invalidArgs(`--${name}: expected ${choices.join('|')}, got ${String(value)}`);
  }
  return value as T;
}

/** A local miner given to a `--no-chain` validator: `<hotkey>@<ip>:<port>` (SS58 or secret URI; `[::1]`). */
export interface LocalMinerSpec {
  hotkey: string;
  ip: string;
  port: number;
}

export function parseMinerSpec(spec: string): LocalMinerSpec {
  const match = /^(.+)@(\[[^\]]+\]|[^:@]+):(\d+)$/.exec(spec);
  if (match === null) throw invalidArgs(`--miner: expected <hotkey>@<ip>:<port>, got ${spec}`);
  const [, key = '', host = '', port = ''] = match;
  const hotkey = isValidSs58(key) ? key : createKeypairFromUri(key).address;
  return { hotkey, ip: host.replace(/^\[|\]$/g, ''), port: Number(port) };
}

function parseHotkeySource(values: Record<string, unknown>): NeuronHotkeySource {
  const uri = values['hotkey-uri'] as string | undefined;
  const name = values['wallet-name'] as string | undefined;
  const hotkey = values['wallet-hotkey'] as string | undefined;
  const path = values['wallet-path'] as string | undefined;
  const wallet = name !== undefined || hotkey !== undefined || path !== undefined;
  if (uri !== undefined && wallet) {
    throw invalidArgs('give --hotkey-uri or --wallet-name/--wallet-hotkey, not both');
  }
  if (uri !== undefined) return { uri };
  if (name === undefined || hotkey === undefined) {
    throw invalidArgs(
      '--hotkey-uri is required (e.g. //Bob), or --wallet-name <w> --wallet-hotkey <h> [--wallet-path <dir>]',
    );
  }
  return { wallet: { name, hotkey, ...(path === undefined ? {} : { path }) } };
}

function parseAxonArgs(values: Record<string, unknown>): NeuronAxonArgs {
  const flags = values as NeuronArgs['extra'];
  const axon: NeuronAxonArgs = { port: numberFlag(flags, 'port', { min: 0, max: 65_535, integer: true }) };
  if (values.host !== undefined) axon.host = values.host as string;
  if (values['external-ip'] !== undefined) axon.externalIp = values['external-ip'] as string;
  const externalPort = optionalNumberFlag(flags, 'external-port', { min: 1, max: 65_535, integer: true });
  if (externalPort !== undefined) axon.externalPort = externalPort;
  return axon;
}

function parseNetwork(values: Record<string, unknown>): string | null {
  const network = values.network as string | undefined;
  if (values['no-chain'] === true) {
    if (network !== undefined) throw invalidArgs('--network and --no-chain exclude each other');
    return null;
  }
  if (network === undefined) throw invalidArgs('give --network <ws-url> (a node) or --no-chain');
  if (!/^wss?:\/\/./.test(network))
    throw invalidArgs(`--network: expected a ws:// or wss:// URL, got ${network}`);
  return network;
}

/** Parses an entry script's argv (`process.argv.slice(2)`); unknown flags are refused. */
export function parseNeuronArgs(argv: readonly string[], spec: NeuronArgsSpec): NeuronArgs {
  const own = spec.options ?? {};
  const options = { ...COMMON_OPTIONS, ...(spec.role === 'miner' ? MINER_OPTIONS : {}), ...own };
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw invalidArgs((error as Error).message);
  }
  const flags = values as NeuronArgs['extra'];
  const hotkey = parseHotkeySource(values);
  const args: NeuronArgs = {
    role: spec.role,
    network: parseNetwork(values),
    netuid: numberFlag(flags, 'netuid', { min: 0, max: 65_535, integer: true }),
    hotkey,
    logLevel: choiceFlag(flags, 'log-level', LOG_LEVELS),
    logFormat: choiceFlag(flags, 'log-format', LOG_FORMATS),
    extra: Object.fromEntries(Object.keys(own).map((key) => [key, flags[key]])),
  };
  if (values['state-dir'] !== undefined) args.stateDir = values['state-dir'] as string;
  if (spec.role === 'miner') args.axon = parseAxonArgs(values);
  return args;
}

/** The flags of a `--no-chain` validator's in-memory chain: its miners, block time and tempo. */
export const LOCAL_CHAIN_OPTIONS: NeuronOptions = {
  miner: { type: 'string', multiple: true },
  'block-ms': STRING,
  tempo: STRING,
};

export interface LocalChainArgs {
  miners: LocalMinerSpec[];
  blockMs: number;
  tempo: number;
}

/** The local chain of a `--no-chain` validator (null on a real chain, where these flags are refused: the
 * miners come from the metagraph). */
export function parseLocalChainArgs(
  args: NeuronArgs,
  defaults: { blockMs?: number; tempo?: number } = {},
): LocalChainArgs | null {
  const given = ['miner', 'block-ms', 'tempo'].filter((name) => args.extra[name] !== undefined);
  if (args.network !== null) {
    if (given.length > 0) {
      throw invalidArgs(`--${given[0]} is for --no-chain: on a chain the miners come from the metagraph`);
    }
    return null;
  }
  const extra = {
    'block-ms': args.extra['block-ms'] ?? String(defaults.blockMs ?? 1000),
    tempo: args.extra.tempo ?? String(defaults.tempo ?? 20),
  };
  return {
    miners: ((args.extra.miner as string[] | undefined) ?? []).map(parseMinerSpec),
    blockMs: numberFlag(extra, 'block-ms', { min: 1 }),
    tempo: numberFlag(extra, 'tempo', { min: 1, integer: true }),
  };
}

/** The usage lines of the shared flags, for a script's usage text. */
export function getNeuronUsage(role: NeuronRole): string {
  const common = `  (--network <ws-url> | --no-chain) [--netuid 1]
  (--hotkey-uri <suri> | --wallet-name <w> --wallet-hotkey <h> [--wallet-path <dir>])
  [--state-dir <dir>] [--log-level debug|info|warn|error] [--log-format text|json]`;
  if (role === 'validator') {
    return `${common}
  with --no-chain: --miner <hotkey>@<ip>:<port> ... [--block-ms 1000] [--tempo 20]`;
  }
  return `${common}
  [--port 8091] [--host 0.0.0.0] [--external-ip <ip>] [--external-port <port>]`;
}
