/**
 * Entry script of the OCR validator:
 *
 *   node --conditions=development --import tsx subnets/ocr/src/neurons/validator.ts \
 *     --network ws://127.0.0.1:9944 --netuid 1 --wallet-name validator --wallet-hotkey default
 *   node ... subnets/ocr/src/neurons/validator.ts --hotkey-uri //Alice --no-chain \
 *     --miner //Bob@127.0.0.1:8091 --miner //Charlie@127.0.0.1:8092
 *
 * Every step it draws a page, queries the miners, scores their answers (`--log-level debug` prints each
 * score) and folds them into its weights. On a chain the miners are the metagraph's serving axons and the
 * weights are set (or committed and revealed) with the hotkey within the rate limits. With `--no-chain` it
 * runs on a local in-memory chain (a block every `--block-ms`) where it holds a permit and the `--miner`
 * hotkeys (SS58 or secret URI) are registered with those axons; it logs what the miners earn at each
 * epoch. Stops on SIGINT/SIGTERM (exit 0; the state is saved in `--state-dir`).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  getValidatorScriptUsage,
  parseValidatorScriptArgs,
  runNeuronScript,
  runValidatorScript,
  type ValidatorFlagArgs,
} from '@taonet/subnet';
import { runOcrValidator } from './ocrValidator.js';

/** `--step-ms` by default. */
const STEP_MS = 2000;
const USAGE = getValidatorScriptUsage(STEP_MS);

export type OcrValidatorArgs = ValidatorFlagArgs;

export function parseOcrValidatorArgs(argv: readonly string[]): OcrValidatorArgs {
  return parseValidatorScriptArgs(argv, STEP_MS);
}

async function main(): Promise<void> {
  const args = parseOcrValidatorArgs(process.argv.slice(2));
  await runValidatorScript(args, 'ocr-validator', ({ hotkey, logger, chainOpts }) =>
    runOcrValidator({
      netuid: args.netuid,
      hotkey,
      ...chainOpts,
      logger,
      timeout: args.timeout,
      stepIntervalMs: args.stepMs,
      sampleSize: args.sampleSize,
      movingAverageAlpha: args.alpha,
      task: { score: { timeoutMs: args.timeout * 1000 } },
      ...(args.stateDir === undefined ? {} : { stateDir: args.stateDir }),
    }),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runNeuronScript('ocr validator', USAGE, main);
}
