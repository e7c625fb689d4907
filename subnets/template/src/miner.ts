/**
 * Entry script of the template miner:
 *
 *   node --import tsx subnets/template/src/miner.ts --hotkey-uri //Bob --port 8091 --no-chain
 *
 * Prints `template miner listening on <host>:<port> hotkey <ss58>` once serving; stops on SIGINT/SIGTERM.
 * Connecting to a node needs the SDK's chain client, which this build does not have yet: `--no-chain` is
 * required for now.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createConsoleLogger, type NeuronLogLevel } from '@taonet/subnet';
import { type RunTemplateMinerOpts, runTemplateMiner } from './templateMiner.js';

const USAGE = `usage: miner --hotkey-uri <suri> [--port 8091] [--host 0.0.0.0] [--netuid 1] [--state-dir <dir>]
             [--external-ip <ip>] [--external-port <port>] [--log-level info] --no-chain`;

export function parseMinerArgs(argv: readonly string[]): RunTemplateMinerOpts & { logLevel: NeuronLogLevel } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'hotkey-uri': { type: 'string' },
      port: { type: 'string', default: '8091' },
      host: { type: 'string' },
      netuid: { type: 'string', default: '1' },
      'state-dir': { type: 'string' },
      'external-ip': { type: 'string' },
      'external-port': { type: 'string' },
      'no-chain': { type: 'boolean', default: false },
      'log-level': { type: 'string', default: 'info' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port: not a port: ${values.port}`);
  if (values['hotkey-uri'] === undefined) throw new Error('--hotkey-uri is required (e.g. //Bob)');
  const opts: RunTemplateMinerOpts & { logLevel: NeuronLogLevel } = {
    port,
    hotkeyUri: values['hotkey-uri'],
    netuid: Number(values.netuid),
    noChain: values['no-chain'],
    logLevel: values['log-level'] as NeuronLogLevel,
  };
  if (values.host !== undefined) opts.host = values.host;
  if (values['state-dir'] !== undefined) opts.stateDir = values['state-dir'];
  if (values['external-ip'] !== undefined) opts.externalIp = values['external-ip'];
  if (values['external-port'] !== undefined) opts.externalPort = Number(values['external-port']);
  return opts;
}

async function main(): Promise<void> {
  let opts: ReturnType<typeof parseMinerArgs>;
  try {
    opts = parseMinerArgs(process.argv.slice(2));
    if (!opts.noChain) throw new Error('this build has no chain client yet: run with --no-chain');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const logger = createConsoleLogger({ level: opts.logLevel, name: 'miner' });
  const miner = await runTemplateMiner({ ...opts, logger });
  const host = opts.host ?? '0.0.0.0';
  process.stdout.write(
    `template miner listening on ${host}:${miner.axon.port} hotkey ${miner.hotkey.address}\n`,
  );
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.once(name, () => void miner.stop().then(() => process.exit(0)));
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`template miner: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
