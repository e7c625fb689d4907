/**
 * Entry script of the OCR validator:
 *
 *   node --import tsx subnets/ocr/src/neurons/validator.ts --hotkey-uri //Alice --no-chain \
 *     --miner //Bob@127.0.0.1:8091 --miner //Charlie@127.0.0.1:8092
 *
 * Without a chain it runs on a local in-memory chain (a block every `--block-ms`) where it holds a permit
 * and the `--miner` hotkeys (SS58 or secret URI) are registered with those axons; every step it draws a
 * page, queries the miners, scores their answers (`--log-level debug` prints each score), and logs what the
 * miners earn at each epoch. Stops on SIGINT/SIGTERM (the state is saved in `--state-dir`).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createKeypairFromUri, initCrypto, isValidSs58 } from '@taonet/crypto';
import { createConsoleLogger, type NeuronLogLevel } from '@taonet/subnet';
import { createLocalOcrChain, type LocalOcrMiner } from './localOcrChain.js';
import { runOcrValidator } from './ocrValidator.js';

const USAGE = `usage: validator --hotkey-uri <suri> --no-chain --miner <hotkey>@<ip>:<port> [--miner ...]
             [--netuid 1] [--state-dir <dir>] [--block-ms 1000] [--tempo 20] [--timeout 12]
             [--step-ms 2000] [--sample-size 50] [--alpha 0.1] [--log-level info]`;

export interface OcrValidatorArgs {
  hotkeyUri: string;
  noChain: boolean;
  miners: LocalOcrMiner[];
  netuid: number;
  stateDir?: string;
  blockMs: number;
  tempo: number;
  timeout: number;
  stepMs: number;
  sampleSize: number;
  alpha: number;
  logLevel: NeuronLogLevel;
}

/** `<hotkey>@<ip>:<port>`; the hotkey is an SS58 address or a secret URI; `[::1]:8091` for IPv6. */
export function parseOcrMinerSpec(spec: string): LocalOcrMiner {
  const match = /^(.+)@(\[[^\]]+\]|[^:@]+):(\d+)$/.exec(spec);
  if (match === null) throw new Error(`--miner: expected <hotkey>@<ip>:<port>, got ${spec}`);
  const [, key = '', host = '', port = ''] = match;
  const hotkey = isValidSs58(key) ? key : createKeypairFromUri(key).address;
  return { hotkey, ip: host.replace(/^\[|\]$/g, ''), port: Number(port) };
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!(value > 0) || !Number.isFinite(value))
    throw new Error(`--${name}: expected a positive number, got ${text}`);
  return value;
}

export function parseOcrValidatorArgs(argv: readonly string[]): OcrValidatorArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'hotkey-uri': { type: 'string' },
      'no-chain': { type: 'boolean', default: false },
      miner: { type: 'string', multiple: true, default: [] },
      netuid: { type: 'string', default: '1' },
      'state-dir': { type: 'string' },
      'block-ms': { type: 'string', default: '1000' },
      tempo: { type: 'string', default: '20' },
      timeout: { type: 'string', default: '12' },
      'step-ms': { type: 'string', default: '2000' },
      'sample-size': { type: 'string', default: '50' },
      alpha: { type: 'string', default: '0.1' },
      'log-level': { type: 'string', default: 'info' },
    },
    strict: true,
  });
  if (values['hotkey-uri'] === undefined) throw new Error('--hotkey-uri is required (e.g. //Alice)');
  const args: OcrValidatorArgs = {
    hotkeyUri: values['hotkey-uri'],
    noChain: values['no-chain'],
    miners: values.miner.map(parseOcrMinerSpec),
    netuid: Number(values.netuid),
    blockMs: positive('block-ms', values['block-ms']),
    tempo: positive('tempo', values.tempo),
    timeout: positive('timeout', values.timeout),
    stepMs: positive('step-ms', values['step-ms']),
    sampleSize: positive('sample-size', values['sample-size']),
    alpha: positive('alpha', values.alpha),
    logLevel: values['log-level'] as NeuronLogLevel,
  };
  if (values['state-dir'] !== undefined) args.stateDir = values['state-dir'];
  return args;
}

async function main(): Promise<void> {
  await initCrypto();
  let args: OcrValidatorArgs;
  try {
    args = parseOcrValidatorArgs(process.argv.slice(2));
    if (!args.noChain) throw new Error('this build has no chain client yet: run with --no-chain');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const hotkey = createKeypairFromUri(args.hotkeyUri);
  const chain = createLocalOcrChain({
    netuid: args.netuid,
    validator: hotkey,
    miners: args.miners,
    subnet: { tempo: args.tempo, weightsRateLimit: Math.min(args.tempo, 5) },
  });
  const logger = createConsoleLogger({ level: args.logLevel, name: 'ocr-validator' });
  const validator = await runOcrValidator({
    netuid: args.netuid,
    hotkey,
    chain,
    logger,
    timeout: args.timeout,
    stepIntervalMs: args.stepMs,
    sampleSize: args.sampleSize,
    movingAverageAlpha: args.alpha,
    resyncEveryBlocks: Math.max(1, Math.floor(args.tempo / 2)),
    task: { score: { timeoutMs: args.timeout * 1000 } },
    ...(args.stateDir === undefined ? {} : { stateDir: args.stateDir }),
  });
  chain.subscribeBlocks(async (block) => {
    if (block % args.tempo !== 0) return;
    const metagraph = await chain.getMetagraph(validator.netuid);
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
    process.stderr.write(`ocr validator: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
