/**
 * The template miner: answers `Dummy` with twice its input. With a chain it only serves registered
 * hotkeys (validators only with `requireValidatorPermit`); with `noChain` it serves every correctly signed
 * request, which is what interop tests need (`tao subnets template-miner --port <p> --hotkey-uri <suri>
 * --no-chain` calls `runTemplateMiner`).
 */
import {
  type ChainPort,
  Miner,
  type MinerOpts,
  type NeuronLogger,
  type RunMinerOpts,
  resolveHotkey,
  resolveMinerChain,
  toMinerOpts,
} from '@taonet/subnet';
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

/** The options every subnet's miner takes (`RunMinerOpts`): the template adds none. */
export type RunTemplateMinerOpts = RunMinerOpts;

/** Creates and starts a template miner; resolves once its axon listens. */
export async function runTemplateMiner(opts: RunTemplateMinerOpts): Promise<Miner> {
  const hotkey = await resolveHotkey(opts);
  const chain = resolveMinerChain(opts);
  const miner = createTemplateMiner(
    toMinerOpts(opts, hotkey),
    opts.logger === undefined ? { chain } : { chain, logger: opts.logger },
  );
  await miner.start(opts.signal);
  return miner;
}
