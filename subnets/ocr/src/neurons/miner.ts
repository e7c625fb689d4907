/**
 * Entry script of the OCR miner:
 *
 *   node --conditions=development --import tsx subnets/ocr/src/neurons/miner.ts \
 *     --network ws://127.0.0.1:9944 --netuid 1 --wallet-name miner --wallet-hotkey default --port 8091
 *   node ... subnets/ocr/src/neurons/miner.ts --hotkey-uri //Bob --port 8091 --no-chain
 *   ... --weak random        (the deliberately bad miner: never reads the page)
 *
 * Loads PP-OCRv4 (unless `--weak`), then prints `ocr miner listening on <host>:<port> hotkey <ss58>` once
 * serving; on a chain it publishes its axon and logs `axon served`. Stops on SIGINT/SIGTERM (exit 0).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  choiceFlag,
  getNeuronUsage,
  type NeuronArgs,
  openNeuronRuntime,
  optionalNumberFlag,
  parseNeuronArgs,
  reportAxonServed,
  runNeuronScript,
  stopOnSignals,
} from '@taonet/subnet';
import type { OcrEngineOpts } from '../engine/ocrEngine.js';
import type { WeakOcrMode } from '../weakOcrEngine.js';
import { runOcrMiner } from './ocrMiner.js';

const USAGE = `usage: miner\n${getNeuronUsage('miner')}
  [--weak random|cached] [--threads 1] [--concurrency 1]`;

export interface OcrMinerArgs extends NeuronArgs {
  weak?: WeakOcrMode;
  engineOpts?: OcrEngineOpts;
}

export function parseOcrMinerArgs(argv: readonly string[]): OcrMinerArgs {
  const args: OcrMinerArgs = parseNeuronArgs(argv, {
    role: 'miner',
    options: { weak: { type: 'string' }, threads: { type: 'string' }, concurrency: { type: 'string' } },
  });
  if (args.extra.weak !== undefined) args.weak = choiceFlag(args.extra, 'weak', ['random', 'cached']);
  const threads = optionalNumberFlag(args.extra, 'threads', { min: 0, integer: true });
  const concurrency = optionalNumberFlag(args.extra, 'concurrency', { min: 1, integer: true });
  if (threads !== undefined || concurrency !== undefined) {
    args.engineOpts = {
      ...(threads === undefined ? {} : { threads }),
      ...(concurrency === undefined ? {} : { concurrency }),
    };
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseOcrMinerArgs(process.argv.slice(2));
  const { hotkey, logger, chainOpts, axon, close } = await openNeuronRuntime(args, 'ocr-miner');
  try {
    const miner = await runOcrMiner({
      ...axon!,
      hotkey,
      netuid: args.netuid,
      ...chainOpts,
      ...(args.weak === undefined ? {} : { weak: args.weak }),
      ...(args.engineOpts === undefined ? {} : { engineOpts: args.engineOpts }),
      ...(args.stateDir === undefined ? {} : { stateDir: args.stateDir }),
      logger,
    });
    // listen for SIGINT/SIGTERM before saying it serves: a supervisor may stop it right after that line
    stopOnSignals(async () => {
      await miner.stop();
      await close();
    }, logger);
    const host = axon!.host ?? '0.0.0.0';
    process.stdout.write(`ocr miner listening on ${host}:${miner.axon.port} hotkey ${hotkey.address}\n`);
    reportAxonServed(miner, logger);
  } catch (error) {
    await close();
    throw error;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runNeuronScript('ocr miner', USAGE, main);
}
