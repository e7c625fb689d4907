/**
 * What a template miner process runs, shared by the entry script (`src/miner.ts`) and
 * `tao subnet template-miner`: the runtime of parsed neuron arguments (hotkey, logger, chain), the miner
 * started (on a chain: registration checked, axon published), one line once it serves, and `axon served`.
 */
import type { Keypair } from '@taonet/crypto';
import {
  type Miner,
  type NeuronArgs,
  type NeuronLogger,
  openNeuronRuntime,
  reportAxonServed,
} from '@taonet/subnet';
import { runTemplateMiner } from './templateMiner.js';

export interface ServedTemplateMiner {
  miner: Miner;
  hotkey: Keypair;
  logger: NeuronLogger;
  /** `<host>:<port>` the axon listens on. */
  address: string;
  /** Stops the miner (its axon closed), then the chain connection. */
  stop(): Promise<void>;
}

/** The line written once the miner serves: text, or one JSON object with `--log-format json`. */
export function formatListeningLine(
  args: Pick<NeuronArgs, 'logFormat'>,
  listening: { host: string; port: number; hotkey: string },
): string {
  if (args.logFormat === 'text') {
    return `template miner listening on ${listening.host}:${listening.port} hotkey ${listening.hotkey}\n`;
  }
  const record = { time: new Date().toISOString(), level: 'info', name: 'template-miner' };
  return `${JSON.stringify({ ...record, msg: 'miner.listening', ...listening })}\n`;
}

/** Starts a template miner for parsed `role: 'miner'` arguments; writes the listening line on `out`. */
export async function serveTemplateMiner(
  args: NeuronArgs,
  out: { write(text: string): unknown } = process.stdout,
): Promise<ServedTemplateMiner> {
  const runtime = await openNeuronRuntime(args, 'template-miner');
  const { hotkey, logger, chainOpts, close } = runtime;
  const axon = runtime.axon ?? { port: 8091 };
  try {
    const miner = await runTemplateMiner({
      ...axon,
      hotkey,
      netuid: args.netuid,
      ...chainOpts,
      ...(args.stateDir === undefined ? {} : { stateDir: args.stateDir }),
      logger,
    });
    const host = axon.host ?? '0.0.0.0';
    out.write(formatListeningLine(args, { host, port: miner.axon.port, hotkey: hotkey.address }));
    reportAxonServed(miner, logger);
    const stop = async () => {
      try {
        await miner.stop();
      } finally {
        await close();
      }
    };
    return { miner, hotkey, logger, address: `${host}:${miner.axon.port}`, stop };
  } catch (error) {
    await close();
    throw error;
  }
}
