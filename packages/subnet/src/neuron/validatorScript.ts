/**
 * The body of a validator entry script, the same for every subnet once its flags are parsed: it opens the
 * neuron runtime (hotkey, logger, the `--network` chain); with `--no-chain` it builds the in-memory chain
 * where the validator holds a permit and the `--miner`s are registered; it starts the subnet's validator on
 * one or the other, runs the local chain's block clock, and stops it all on SIGINT/SIGTERM. A validator
 * that fails to start closes the chain connection.
 */
import type { Keypair } from '@taonet/crypto';
import type { ChainPort } from './chainPort.js';
import { getLocalSubnetSettings, getLocalValidatorChainOpts, runLocalChainClock } from './localChainRun.js';
import { createLocalSubnetChain } from './localSubnetChain.js';
import type { NeuronLogger } from './neuronLogger.js';
import { openNeuronRuntime, stopOnSignals } from './neuronProcess.js';
import type { LocalChainArgs, NeuronArgs } from './parseNeuronArgs.js';

export interface ValidatorScriptArgs extends NeuronArgs {
  /** The in-memory chain of `--no-chain`; null on a real one. */
  local: LocalChainArgs | null;
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
