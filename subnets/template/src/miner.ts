/**
 * Entry script of the template miner (`tao subnet template-miner` runs the same with the CLI's flags):
 *
 *   node --conditions=development --import tsx subnets/template/src/miner.ts \
 *     --network ws://127.0.0.1:9944 --netuid 1 --wallet-name miner --wallet-hotkey default --port 8091
 *   node ... subnets/template/src/miner.ts --hotkey-uri //Bob --port 8091 --no-chain
 *
 * On a chain it serves the subnet's registered hotkeys only and publishes its axon (`serve_axon`, skipped
 * when the chain already shows it), then logs `axon served`; with `--no-chain` it serves every signed
 * request. Prints `template miner listening on <host>:<port> hotkey <ss58>` once serving (a JSON line
 * with `--log-format json`); stops on SIGINT/SIGTERM (exit 0).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createNeuronLogger,
  getNeuronUsage,
  type NeuronArgs,
  parseNeuronArgs,
  runNeuronScript,
  stopOnSignals,
} from '@taonet/subnet';
import { serveTemplateMiner } from './serveTemplateMiner.js';

const USAGE = `usage: miner\n${getNeuronUsage('miner')}`;

export function parseMinerArgs(argv: readonly string[]): NeuronArgs {
  return parseNeuronArgs(argv, { role: 'miner' });
}

async function main(): Promise<void> {
  const args = parseMinerArgs(process.argv.slice(2));
  const serving = serveTemplateMiner(args);
  // Listening before the miner says it serves: whoever reads that line may signal at once.
  stopOnSignals(async () => (await serving).stop(), createNeuronLogger(args, 'template-miner'));
  await serving;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runNeuronScript('template miner', USAGE, main);
}
