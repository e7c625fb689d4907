/**
 * Entry script of the template validator:
 *
 *   node --conditions=development --import tsx subnets/template/src/validator.ts \
 *     --network ws://127.0.0.1:9944 --netuid 1 --wallet-name validator --wallet-hotkey default
 *   node ... subnets/template/src/validator.ts --hotkey-uri //Alice --no-chain \
 *     --miner //Bob@127.0.0.1:8091 --miner 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty@127.0.0.1:8092
 *
 * On a chain it queries the serving miners of the metagraph and sets (or commits and reveals) its weights
 * with its hotkey within the subnet's rate limits. With `--no-chain` it runs on a local in-memory chain (a
 * block every `--block-ms`) where it holds a permit and the `--miner` hotkeys (SS58 or secret URI) are
 * registered with those axons; it logs its weights and what the miners earn at each epoch. Stops on
 * SIGINT/SIGTERM (exit 0; the state is saved in `--state-dir`).
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
import { runTemplateValidator } from './templateValidator.js';

/** `--step-ms` by default. */
const STEP_MS = 5000;
const USAGE = getValidatorScriptUsage(STEP_MS);

export type ValidatorArgs = ValidatorFlagArgs;

export function parseValidatorArgs(argv: readonly string[]): ValidatorArgs {
  return parseValidatorScriptArgs(argv, STEP_MS);
}

async function main(): Promise<void> {
  const args = parseValidatorArgs(process.argv.slice(2));
  await runValidatorScript(args, 'validator', ({ hotkey, logger, chainOpts }) =>
    runTemplateValidator({
      netuid: args.netuid,
      hotkey,
      ...chainOpts,
      logger,
      timeout: args.timeout,
      stepIntervalMs: args.stepMs,
      sampleSize: args.sampleSize,
      movingAverageAlpha: args.alpha,
      ...(args.stateDir === undefined ? {} : { stateDir: args.stateDir }),
    }),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runNeuronScript('template validator', USAGE, main);
}
