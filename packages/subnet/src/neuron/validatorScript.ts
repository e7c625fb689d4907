/**
 * The body of a validator entry script, the same for every subnet once its flags are parsed: it opens the
 * neuron runtime (hotkey, logger, the `--network` chain); with `--no-chain` it builds the in-memory chain
 * where the validator holds a permit and the `--miner`s are registered; it starts the subnet's validator on
 * one or the other, runs the local chain's block clock, and stops it all on SIGINT/SIGTERM. A validator
 * that fails to start closes the chain connection. A script whose validator takes no more than the framework
 * `Validator`'s own options parses its flags with `parseValidatorScriptArgs`.
 */
import type { Keypair } from '@taonet/crypto';
import type { ChainPort } from './chainPort.js';
import { getLocalSubnetSettings, getLocalValidatorChainOpts, runLocalChainClock } from './localChainRun.js';
import { createLocalSubnetChain } from './localSubnetChain.js';
import type { NeuronLogger } from './neuronLogger.js';
import { openNeuronRuntime, stopOnSignals } from './neuronProcess.js';
import {
  getNeuronUsage,
  LOCAL_CHAIN_OPTIONS,
  type LocalChainArgs,
  type NeuronArgs,
  numberFlag,
  parseLocalChainArgs,
  parseNeuronArgs,
} from './parseNeuronArgs.js';

export interface ValidatorScriptArgs extends NeuronArgs {
  /** The in-memory chain of `--no-chain`; null on a real one. */
  local: LocalChainArgs | null;
}

/** The flags of the framework `Validator`'s options: `--timeout` (s), `--step-ms`, `--sample-size`, `--alpha`. */
export interface ValidatorFlagArgs extends ValidatorScriptArgs {
  timeout: number;
  stepMs: number;
  sampleSize: number;
  alpha: number;
}

/** The usage text of a validator script with those flags (`--step-ms` defaults to `stepMs`). */
export function getValidatorScriptUsage(stepMs: number): string {
  return `usage: validator\n${getNeuronUsage('validator')}
  [--timeout 12] [--step-ms ${stepMs}] [--sample-size 50] [--alpha 0.1]`;
}

/** Parses the neuron flags, the `--no-chain` local chain's and the `Validator`'s (`--step-ms` default `stepMs`). */
export function parseValidatorScriptArgs(argv: readonly string[], stepMs: number): ValidatorFlagArgs {
  const args = parseNeuronArgs(argv, {
    role: 'validator',
    options: {
      ...LOCAL_CHAIN_OPTIONS,
      timeout: { type: 'string', default: '12' },
      'step-ms': { type: 'string', default: String(stepMs) },
      'sample-size': { type: 'string', default: '50' },
      alpha: { type: 'string', default: '0.1' },
    },
  });
  return {
    ...args,
    local: parseLocalChainArgs(args),
    timeout: numberFlag(args.extra, 'timeout', { min: 0.001 }),
    stepMs: numberFlag(args.extra, 'step-ms', { min: 1 }),
    sampleSize: numberFlag(args.extra, 'sample-size', { min: 1, integer: true }),
    alpha: numberFlag(args.extra, 'alpha', { min: 0.000001, max: 1 }),
  };
}

/** What a subnet's validator starts with. */
export interface ValidatorScriptStart {
  hotkey: Keypair;
  logger: NeuronLogger;
  /** The chain options of its `run*Validator`: the `--network` chain's or the local chain's. */
  chainOpts: { chain: ChainPort; resyncEveryBlocks: number };
}

/** Runs `start`'s validator as a process (`name` is the logger's); resolves once it runs. */
export async function runValidatorScript(
  args: ValidatorScriptArgs,
  name: string,
  start: (opts: ValidatorScriptStart) => Promise<{ stop(): Promise<void> }>,
): Promise<void> {
  const { hotkey, logger, chainOpts, close } = await openNeuronRuntime(args, name);
  const local =
    args.local === null
      ? null
      : createLocalSubnetChain({
          netuid: args.netuid,
          validator: hotkey,
          miners: args.local.miners,
          subnet: getLocalSubnetSettings(args.local),
        });
  try {
    const validator = await start({
      hotkey,
      logger,
      chainOpts: 'chain' in chainOpts ? chainOpts : getLocalValidatorChainOpts(local!, args.local!),
    });
    if (local !== null) runLocalChainClock(local, args.netuid, args.local!, logger);
    stopOnSignals(async () => {
      local?.stopBlockTimer();
      await validator.stop();
      await close();
    }, logger);
  } catch (error) {
    await close();
    throw error;
  }
}
