/**
 * The node's command line, with Substrate's flag names. `--dev` means the dev chain, `--alice` and, unless
 * `--base-path` is given, `--tmp`. (Flags are parsed here until the `tao` CLI wraps the node as `tao node`.)
 */
import { TaonetError } from '@taonet/primitives';
import type { LogFormat, LogLevel } from '../logger/logger.js';

export interface NodeArgs {
  readonly help: boolean;
  readonly version: boolean;
  readonly dev: boolean;
  /** 'dev' or a chain spec file */
  readonly chain: string | undefined;
  readonly basePath: string | undefined;
  readonly tmp: boolean;
  readonly rpcPort: number;
  readonly rpcHost: string;
  readonly rpcMaxConnections: number | undefined;
  readonly blockTime: number | undefined;
  /** the authority key's secret URI */
  readonly key: string | undefined;
  readonly logFormat: LogFormat;
  readonly logLevel: LogLevel;
  readonly verifyThreads: number | undefined;
}

export const NODE_USAGE = `Usage: taonet-node [options]

Chain:
  --dev                    the development chain: --chain dev --alice, and --tmp unless --base-path
  --chain <dev|spec.json>  the chain to run (a chain spec file, or dev)
  --block-time <ms>        slot duration, 50 or more (dev default 1000; a spec file's blockTime otherwise)
Storage:
  --base-path <dir>        data directory (chains/<id>/db, with a LOCK file)
  --tmp                    a temporary data directory, removed at exit
Authoring:
  --alice | --bob | ...    author with a well-known dev key (//Alice, //Bob, //Charlie, //Dave, //Eve, //Ferdie)
  --key <suri>             author with this secret URI (mnemonic, 0x seed, //Derivation...)
RPC (HTTP and WebSocket on one port, plus /health and /metrics):
  --rpc-port <port>        default 9944; 0 picks a free port (the log says which)
  --rpc-external           listen on all interfaces instead of 127.0.0.1
  --rpc-max-connections <n>  default 100
Import:
  --verify-threads <n>     worker threads sharing block signature checks with the main thread
                           (default: cores - 1, at most 4; 0 = the main thread alone)
Logs:
  --log-format <text|json> default text
  --log-level <debug|info|warn|error>  default info
  -h, --help, --version
`;

const DEV_KEYS = ['alice', 'bob', 'charlie', 'dave', 'eve', 'ferdie'];

export class UsageError extends TaonetError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

function integer(flag: string, text: string | undefined, min: number, max: number): number {
  const value = Number(text);
  if (text === undefined || text.startsWith('--') || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} takes an integer from ${min} to ${max}, got ${text ?? 'nothing'}`);
  }
  return value;
}

function choice<T extends string>(flag: string, text: string | undefined, options: readonly T[]): T {
  if (text === undefined || !options.includes(text as T)) {
    throw new UsageError(`${flag} takes one of ${options.join(', ')}, got ${text ?? 'nothing'}`);
  }
  return text as T;
}

export function parseNodeArgs(argv: readonly string[]): NodeArgs {
  const out = {
    help: false,
    version: false,
    dev: false,
    chain: undefined as string | undefined,
    basePath: undefined as string | undefined,
    tmp: false,
    rpcPort: 9944,
    rpcHost: '127.0.0.1',
    rpcMaxConnections: undefined as number | undefined,
    blockTime: undefined as number | undefined,
    key: undefined as string | undefined,
    logFormat: 'text' as LogFormat,
    logLevel: 'info' as LogLevel,
    verifyThreads: undefined as number | undefined,
  };
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [flag, inline] =
      raw.startsWith('--') && raw.includes('=')
        ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)]
        : [raw, undefined];
    const next = () => inline ?? value(i++, flag);
    if (flag === '-h' || flag === '--help') out.help = true;
    else if (flag === '--version') out.version = true;
    else if (flag === '--dev') out.dev = true;
    else if (flag === '--chain') out.chain = next();
    else if (flag === '--base-path' || flag === '-d') out.basePath = next();
    else if (flag === '--tmp') out.tmp = true;
    else if (flag === '--rpc-port') out.rpcPort = integer(flag, next(), 0, 65_535);
    else if (flag === '--rpc-external') out.rpcHost = '0.0.0.0';
    else if (flag === '--rpc-max-connections') out.rpcMaxConnections = integer(flag, next(), 1, 100_000);
    else if (flag === '--block-time') out.blockTime = integer(flag, next(), 50, 3_600_000);
    else if (flag === '--key') out.key = next();
    else if (flag === '--verify-threads') out.verifyThreads = integer(flag, next(), 0, 64);
    else if (flag === '--log-format') out.logFormat = choice(flag, next(), ['text', 'json'] as const);
    else if (flag === '--log-level')
      out.logLevel = choice(flag, next(), ['debug', 'info', 'warn', 'error'] as const);
    else if (flag.startsWith('--') && DEV_KEYS.includes(flag.slice(2))) {
      out.key = `//${flag[2]!.toUpperCase()}${flag.slice(3)}`;
    } else throw new UsageError(`unknown option ${raw} (see --help)`);
  }
  if (out.dev) {
    if (out.chain !== undefined && out.chain !== 'dev')
      throw new UsageError('--dev and --chain name two chains: pick one');
    out.chain = 'dev';
    out.key ??= '//Alice';
    if (out.basePath === undefined) out.tmp = true;
  }
  if (!out.help && !out.version && out.chain === undefined) {
    throw new UsageError('no chain: pass --dev, or --chain <spec.json>');
  }
  if (out.basePath === undefined && !out.tmp && !out.help && !out.version) {
    throw new UsageError('no data directory: pass --base-path <dir> or --tmp');
  }
  return out;
}
