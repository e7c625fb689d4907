/**
 * Entry script of the OCR miner:
 *
 *   node --import tsx subnets/ocr/src/neurons/miner.ts --hotkey-uri //Bob --port 8091 --no-chain
 *   ... --weak random        (the deliberately bad miner: never reads the page)
 *
 * Loads PP-OCRv4 (unless `--weak`), then prints `ocr miner listening on <host>:<port> hotkey <ss58>` once
 * serving; stops on SIGINT/SIGTERM. Connecting to a node needs the SDK's chain port, which this build does
 * not have yet: `--no-chain` is required for now.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createConsoleLogger, type NeuronLogLevel } from '@taonet/subnet';
import type { WeakOcrMode } from '../weakOcrEngine.js';
import { type RunOcrMinerOpts, runOcrMiner } from './ocrMiner.js';

const USAGE = `usage: miner --hotkey-uri <suri> [--port 8091] [--host 0.0.0.0] [--netuid 1] [--state-dir <dir>]
             [--external-ip <ip>] [--external-port <port>] [--weak random|cached] [--threads 1]
             [--concurrency 1] [--log-level info] --no-chain`;

function count(name: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name}: expected an integer >= ${min}`);
  return value;
}

export function parseOcrMinerArgs(argv: readonly string[]): RunOcrMinerOpts & { logLevel: NeuronLogLevel } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'hotkey-uri': { type: 'string' },
      port: { type: 'string', default: '8091' },
      host: { type: 'string' },
      netuid: { type: 'string', default: '1' },
      'state-dir': { type: 'string' },
      'external-ip': { type: 'string' },
      'external-port': { type: 'string' },
      weak: { type: 'string' },
      threads: { type: 'string' },
      concurrency: { type: 'string' },
      'no-chain': { type: 'boolean', default: false },
      'log-level': { type: 'string', default: 'info' },
    },
    strict: true,
  });
  const port = count('port', values.port, 0) ?? 8091;
  if (port > 65_535) throw new Error(`--port: not a port: ${values.port}`);
  if (values['hotkey-uri'] === undefined) throw new Error('--hotkey-uri is required (e.g. //Bob)');
  if (values.weak !== undefined && values.weak !== 'random' && values.weak !== 'cached')
    throw new Error(`--weak: expected random or cached, got ${values.weak}`);
  const opts: RunOcrMinerOpts & { logLevel: NeuronLogLevel } = {
    port,
    hotkeyUri: values['hotkey-uri'],
    netuid: count('netuid', values.netuid, 0) ?? 1,
    noChain: values['no-chain'],
    logLevel: values['log-level'] as NeuronLogLevel,
  };
  if (values.weak !== undefined) opts.weak = values.weak as WeakOcrMode;
  const threads = count('threads', values.threads, 0);
  const concurrency = count('concurrency', values.concurrency, 1);
  if (threads !== undefined || concurrency !== undefined) {
    opts.engineOpts = {
      ...(threads === undefined ? {} : { threads }),
      ...(concurrency === undefined ? {} : { concurrency }),
    };
  }
  if (values.host !== undefined) opts.host = values.host;
  if (values['state-dir'] !== undefined) opts.stateDir = values['state-dir'];
  if (values['external-ip'] !== undefined) opts.externalIp = values['external-ip'];
  const externalPort = count('external-port', values['external-port'], 1);
  if (externalPort !== undefined) opts.externalPort = externalPort;
  return opts;
}

async function main(): Promise<void> {
  let opts: ReturnType<typeof parseOcrMinerArgs>;
  try {
    opts = parseOcrMinerArgs(process.argv.slice(2));
    if (!opts.noChain) throw new Error('this build has no chain client yet: run with --no-chain');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const logger = createConsoleLogger({ level: opts.logLevel, name: 'ocr-miner' });
  const miner = await runOcrMiner({ ...opts, logger });
  const host = opts.host ?? '0.0.0.0';
  process.stdout.write(`ocr miner listening on ${host}:${miner.axon.port} hotkey ${miner.hotkey.address}\n`);
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.once(name, () => void miner.stop().then(() => process.exit(0)));
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`ocr miner: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
