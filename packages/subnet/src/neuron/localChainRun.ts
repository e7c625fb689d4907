/**
 * The in-memory chain of a `--no-chain` validator script: the subnet settings it starts with, the chain
 * options the validator gets, and its block clock, which logs the miners' incentive at each epoch.
 */
import { netUid } from '@taonet/primitives';
import type { LocalChainPort } from './localChainPort.js';
import type { NeuronLogger } from './neuronLogger.js';
import type { LocalChainArgs } from './parseNeuronArgs.js';

/** The subnet of the local chain: the given tempo, weights at most every 5 blocks. */
export function getLocalSubnetSettings(local: LocalChainArgs): { tempo: number; weightsRateLimit: number } {
  return { tempo: local.tempo, weightsRateLimit: Math.min(local.tempo, 5) };
}

/** The validator's chain options on the local chain: a metagraph resync twice per tempo. */
export function getLocalValidatorChainOpts(
  chain: LocalChainPort,
  local: LocalChainArgs,
): { chain: LocalChainPort; resyncEveryBlocks: number } {
  return { chain, resyncEveryBlocks: Math.max(1, Math.floor(local.tempo / 2)) };
}

/** Starts a block every `blockMs`, logging the miners' incentive at each epoch (`chain.epoch`). */
export function runLocalChainClock(
  chain: LocalChainPort,
  netuid: number,
  local: LocalChainArgs,
  logger: NeuronLogger,
): void {
  chain.subscribeBlocks(async (block) => {
    if (block % local.tempo !== 0) return;
    const metagraph = await chain.getMetagraph(netUid(netuid));
    const incentive = metagraph.incentive.map((value, uid) => `${uid}:${value.toFixed(3)}`).join(' ');
    logger('info', 'chain.epoch', { block, incentive });
  });
  chain.startBlockTimer(local.blockMs);
}
