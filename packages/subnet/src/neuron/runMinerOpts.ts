/**
 * What every subnet's `run*Miner` function takes about its axon, hotkey and chain (`RunMinerOpts`, which a
 * subnet's own options extend), the chain it runs on (`resolveMinerChain`), and the framework `Miner`'s
 * options made from them (`toMinerOpts`).
 */
import type { Keypair } from '@taonet/crypto';
import { TaonetError } from '@taonet/primitives';
import type { ChainPort } from './chainPort.js';
import type { MinerOpts } from './miner.js';
import type { NeuronLogger } from './neuronLogger.js';

export interface RunMinerOpts {
  /** Port to bind (0 picks a free one; read it back from `miner.axon.port`). */
  port: number;
  /** Address to bind (default '0.0.0.0'). */
  host?: string;
  /** The hotkey: a keypair, or a secret URI such as `//Bob` or a mnemonic (`resolveHotkey`). */
  hotkey?: Keypair;
  hotkeyUri?: string;
  /** Run without a chain: serve every signed request, publish nothing. */
  noChain?: boolean;
  /** The chain (needed unless `noChain`): `createLocalChainPort()` or the SDK's port. */
  chain?: ChainPort;
  /** Default 1. */
  netuid?: number;
  /** Where the miner keeps what survives restarts (the axon's nonces: replay protection). */
  stateDir?: string;
  /** Address and port to publish when behind NAT. */
  externalIp?: string;
  externalPort?: number;
  /** Only validators (permit holders) may query. */
  requireValidatorPermit?: boolean;
  /** Metagraph re-read period in blocks (default 50). */
  resyncEveryBlocks?: number;
  logger?: NeuronLogger;
  /** Stops the miner when aborted. */
  signal?: AbortSignal;
}

/** The miner's chain: null with `noChain`; CHAIN_REQUIRED when there is neither a chain nor `noChain`. */
export function resolveMinerChain(opts: Pick<RunMinerOpts, 'noChain' | 'chain'>): ChainPort | null {
  const chain = opts.noChain ? null : (opts.chain ?? null);
  if (!opts.noChain && chain === null) {
    throw new TaonetError('CHAIN_REQUIRED', 'no chain given: pass a chain, or run with noChain (--no-chain)');
  }
  return chain;
}

/**
 * The `Miner`'s options: the netuid (default 1), the axon's port, host, NAT address and state folder
 * (`axonStateDir`, default `stateDir`), the permit requirement and the resync period.
 */
export function toMinerOpts(
  opts: RunMinerOpts,
  hotkey: Keypair,
  axonStateDir: string | undefined = opts.stateDir,
): MinerOpts {
  const axon: NonNullable<MinerOpts['axon']> = { port: opts.port };
  if (opts.host !== undefined) axon.host = opts.host;
  if (axonStateDir !== undefined) axon.stateDir = axonStateDir;
  if (opts.externalIp !== undefined) axon.externalIp = opts.externalIp;
  if (opts.externalPort !== undefined) axon.externalPort = opts.externalPort;
  const minerOpts: MinerOpts = { netuid: opts.netuid ?? 1, hotkey, axon };
  if (opts.requireValidatorPermit !== undefined)
    minerOpts.requireValidatorPermit = opts.requireValidatorPermit;
  if (opts.resyncEveryBlocks !== undefined) minerOpts.resyncEveryBlocks = opts.resyncEveryBlocks;
  return minerOpts;
}
