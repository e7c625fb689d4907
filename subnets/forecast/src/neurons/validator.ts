/**
 * Entry script of the forecasting validator:
 *
 *   node --conditions=development --import tsx subnets/forecast/src/neurons/validator.ts \
 *     --hotkey-uri //Alice --no-chain --miner //Bob@127.0.0.1:8091 --miner //Charlie@127.0.0.1:8092
 *
 * Without a chain it runs on a local in-memory chain (a block every `--block-ms`) where it holds a permit
 * and the `--miner` hotkeys (SS58 or secret URI) are registered with those axons. Every step sends a new
 * task; reveals are asked `--reveal-after` blocks later. It logs each settled task's scores and, at each
 * epoch, the miners' incentive. Stops on SIGINT/SIGTERM (the state is saved in `--state-dir`).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createKeypairFromUri, initCrypto, isValidSs58 } from '@taonet/crypto';
import { netUid } from '@taonet/primitives';
import { createConsoleLogger, type NeuronLogLevel } from '@taonet/subnet';
import { runForecastValidator } from './forecastValidator.js';
import { createLocalForecastChain, type LocalForecastMiner } from './localForecastChain.js';

const USAGE = `usage: validator --hotkey-uri <suri> --no-chain --miner <hotkey>@<ip>:<port> [--miner ...]
             [--netuid 1] [--state-dir <dir>] [--block-ms 1000] [--tempo 20] [--timeout 12]
             [--step-ms 5000] [--reveal-after 12] [--reveal-grace 24] [--history 336] [--horizon 24]
             [--real-share 0.25] [--alpha 0.1] [--log-level info]`;

export interface ForecastValidatorArgs {
  hotkeyUri: string;
  noChain: boolean;
  miners: LocalForecastMiner[];
  netuid: number;
  stateDir?: string;
  blockMs: number;
  tempo: number;
  timeout: number;
  stepMs: number;
  revealAfter: number;
  revealGrace: number;
  history: number;
  horizon: number;
  realShare: number;
  alpha: number;
  logLevel: NeuronLogLevel;
}

/** `<hotkey>@<ip>:<port>`; the hotkey is an SS58 address or a secret URI; `[::1]:8091` for IPv6. */
export function parseMinerSpec(spec: string): LocalForecastMiner {
  const match = /^(.+)@(\[[^\]]+\]|[^:@]+):(\d+)$/.exec(spec);
  if (match === null) throw new Error(`--miner: expected <hotkey>@<ip>:<port>, got ${spec}`);
  const [, key = '', host = '', port = ''] = match;
  const hotkey = isValidSs58(key) ? key : createKeypairFromUri(key).address;
  return { hotkey, ip: host.replace(/^\[|\]$/g, ''), port: Number(port) };
}

function numberArg(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!(value >= min) || !Number.isFinite(value))
    throw new Error(`--${name}: expected a number >= ${min}, got ${text}`);
  return value;
}

const STRING = { type: 'string' } as const;

export function parseForecastValidatorArgs(argv: readonly string[]): ForecastValidatorArgs {
  const defaults: Record<string, string> = {
    netuid: '1',
    'block-ms': '1000',
    tempo: '20',
    timeout: '12',
    'step-ms': '5000',
    'reveal-after': '12',
    'reveal-grace': '24',
    history: '336',
    horizon: '24',
    'real-share': '0.25',
    alpha: '0.1',
    'log-level': 'info',
  };
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'hotkey-uri': STRING,
      'no-chain': { type: 'boolean', default: false },
      miner: { type: 'string', multiple: true, default: [] },
      'state-dir': STRING,
      ...Object.fromEntries(
        Object.keys(defaults).map((key) => [key, { type: 'string', default: defaults[key] }]),
      ),
    },
    strict: true,
  });
  const get = (key: string): string => String((values as Record<string, unknown>)[key]);
  if (values['hotkey-uri'] === undefined) throw new Error('--hotkey-uri is required (e.g. //Alice)');
  const args: ForecastValidatorArgs = {
    hotkeyUri: values['hotkey-uri'],
    noChain: values['no-chain'],
    miners: values.miner.map(parseMinerSpec),
    netuid: numberArg('netuid', get('netuid'), 0),
    blockMs: numberArg('block-ms', get('block-ms'), 1),
    tempo: numberArg('tempo', get('tempo'), 1),
    timeout: numberArg('timeout', get('timeout'), 0.001),
    stepMs: numberArg('step-ms', get('step-ms'), 1),
    revealAfter: numberArg('reveal-after', get('reveal-after'), 0),
    revealGrace: numberArg('reveal-grace', get('reveal-grace'), 0),
    history: numberArg('history', get('history'), 8),
    horizon: numberArg('horizon', get('horizon'), 1),
    realShare: numberArg('real-share', get('real-share'), 0),
    alpha: numberArg('alpha', get('alpha'), 0.000001),
    logLevel: get('log-level') as NeuronLogLevel,
  };
  if (values['state-dir'] !== undefined) args.stateDir = values['state-dir'];
  return args;
}

async function main(): Promise<void> {
  await initCrypto();
  let args: ForecastValidatorArgs;
  try {
    args = parseForecastValidatorArgs(process.argv.slice(2));
    if (!args.noChain) throw new Error('this build has no chain client yet: run with --no-chain');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const hotkey = createKeypairFromUri(args.hotkeyUri);
  const chain = createLocalForecastChain({
    netuid: args.netuid,
    validator: hotkey,
    miners: args.miners,
    subnet: { tempo: args.tempo, weightsRateLimit: Math.min(args.tempo, 5) },
  });
  const logger = createConsoleLogger({ level: args.logLevel, name: 'forecast-validator' });
  const validator = await runForecastValidator({
    netuid: args.netuid,
    hotkey,
    chain,
    logger,
    timeout: args.timeout,
    stepIntervalMs: args.stepMs,
    movingAverageAlpha: args.alpha,
    resyncEveryBlocks: Math.max(1, Math.floor(args.tempo / 2)),
    rounds: {
      revealAfterBlocks: args.revealAfter,
      revealGraceBlocks: args.revealGrace,
      revealTimeout: args.timeout,
      task: { historyLength: args.history, horizon: args.horizon, realShare: args.realShare },
    },
    onSettled: (task) =>
      logger('info', 'forecast.settled', {
        taskId: task.task.task_id,
        scores: task.scores.map((s) => `${s.hotkey.slice(0, 8)}:${s.score.toFixed(3)}`).join(' '),
      }),
    ...(args.stateDir === undefined ? {} : { stateDir: args.stateDir }),
  });
  chain.subscribeBlocks(async (block) => {
    if (block % args.tempo !== 0) return;
    const metagraph = await chain.getMetagraph(netUid(args.netuid));
    const incentive = metagraph.incentive.map((value, uid) => `${uid}:${value.toFixed(3)}`).join(' ');
    logger('info', 'chain.epoch', { block, incentive });
  });
  chain.startBlockTimer(args.blockMs);
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.once(name, () => {
      chain.stopBlockTimer();
      void validator.stop().then(() => process.exit(0));
    });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`forecast validator: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
