/**
 * The template miner: answers `Dummy` with twice its input. With a chain it only serves registered
 * hotkeys (validators only with `requireValidatorPermit`); with `noChain` it serves every correctly signed
 * request, which is what interop tests need (`tao subnets template-miner --port <p> --hotkey-uri <suri>
 * --no-chain` calls `runTemplateMiner`).
 */
import type { Keypair } from '@taonet/crypto';
import { TaonetError } from '@taonet/primitives';
import { type ChainPort, Miner, type MinerOpts, type NeuronLogger, resolveHotkey } from '@taonet/subnet';
import { Dummy, type DummyDefinition } from './protocol.js';

export type DummySynapse = ReturnType<DummyDefinition['create']>;

/** The miner's work: `dummy_output = dummy_input * 2`. */
export function forwardDummy(synapse: DummySynapse): DummySynapse {
  return { ...synapse, dummy_output: synapse.dummy_input * 2 };
}

/** A template miner, not started. */
export function createTemplateMiner(
  opts: MinerOpts,
  modules: { chain: ChainPort | null; logger?: NeuronLogger },
): Miner {
  return new Miner(opts, modules).attach(Dummy, { forward: forwardDummy });
}

export interface RunTemplateMinerOpts {
  /** Port to bind (0 picks a free one; read it back from `miner.axon.port`). */
  port: number;
  /** Address to bind (default '0.0.0.0'). */
  host?: string;
  /** The hotkey: a keypair, or a secret URI such as `//Bob` or a mnemonic. */
  hotkey?: Keypair;
  hotkeyUri?: string;
  /** Run without a chain: serve every signed request, publish nothing. */
  noChain?: boolean;
  /** The chain (needed unless `noChain`). */
  chain?: ChainPort;
  /** Default 1. */
  netuid?: number;
  /** Where the axon keeps its nonces (replay protection across restarts). */
  stateDir?: string;
  /** Address and port to publish when behind NAT. */
  externalIp?: string;
  externalPort?: number;
  requireValidatorPermit?: boolean;
  /** Metagraph re-read period in blocks (default 50). */
  resyncEveryBlocks?: number;
  logger?: NeuronLogger;
  /** Stops the miner when aborted. */
  signal?: AbortSignal;
}

/** Creates and starts a template miner; resolves once its axon listens. */
export async function runTemplateMiner(opts: RunTemplateMinerOpts): Promise<Miner> {
  const hotkey = await resolveHotkey(opts);
  const chain = opts.noChain ? null : (opts.chain ?? null);
  if (!opts.noChain && chain === null) {
    throw new TaonetError('CHAIN_REQUIRED', 'no chain given: pass a chain, or run with noChain (--no-chain)');
  }
  const axon: NonNullable<MinerOpts['axon']> = { port: opts.port };
  if (opts.host !== undefined) axon.host = opts.host;
  if (opts.stateDir !== undefined) axon.stateDir = opts.stateDir;
  if (opts.externalIp !== undefined) axon.externalIp = opts.externalIp;
  if (opts.externalPort !== undefined) axon.externalPort = opts.externalPort;
  const minerOpts: MinerOpts = { netuid: opts.netuid ?? 1, hotkey, axon };
  if (opts.requireValidatorPermit !== undefined)
    minerOpts.requireValidatorPermit = opts.requireValidatorPermit;
  if (opts.resyncEveryBlocks !== undefined) minerOpts.resyncEveryBlocks = opts.resyncEveryBlocks;
  const miner = createTemplateMiner(
    minerOpts,
    opts.logger === undefined ? { chain } : { chain, logger: opts.logger },
  );
  await miner.start(opts.signal);
  return miner;
}
