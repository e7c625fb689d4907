/**
 * Entry script of the forecasting miner:
 *
 *   node --conditions=development --import tsx subnets/forecast/src/neurons/miner.ts \
 *     --hotkey-uri //Bob --port 8091 --model holtwinters --no-chain
 *
 * Prints `forecast miner listening on <host>:<port> hotkey <ss58> model <name>` once serving; stops on
 * SIGINT/SIGTERM (the reveals are saved in `--state-dir`). Crash handlers are registered before the model
 * loads (the tfjs wasm backend of `--model mlp` installs its own). A node needs the SDK's chain client,
 * which this build does not have yet: `--no-chain` is required for now.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createConsoleLogger, type NeuronLogLevel } from '@taonet/subnet';
import {
  type ForecastModelName,
  isForecastModelName,
  type RunForecastMinerOpts,
  runForecastMiner,
} from './forecastMiner.js';

const USAGE = `usage: miner --hotkey-uri <suri> --no-chain [--model mlp|holtwinters|ar|seasonal|naive] [--port 8091]
             [--host 0.0.0.0] [--netuid 1] [--state-dir <dir>] [--budget-ms 1500] [--external-ip <ip>]
             [--external-port <port>] [--log-level info]`;

export type ForecastMinerArgs = RunForecastMinerOpts & { model: ForecastModelName; logLevel: NeuronLogLevel };

export function parseForecastMinerArgs(argv: readonly string[]): ForecastMinerArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'hotkey-uri': { type: 'string' },
      model: { type: 'string', default: 'holtwinters' },
      port: { type: 'string', default: '8091' },
      host: { type: 'string' },
      netuid: { type: 'string', default: '1' },
      'state-dir': { type: 'string' },
      'budget-ms': { type: 'string', default: '1500' },
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
  if (!isForecastModelName(values.model)) throw new Error(`--model: unknown model ${values.model}`);
  const budgetMs = Number(values['budget-ms']);
  if (!(budgetMs > 0)) throw new Error(`--budget-ms: expected a positive number, got ${values['budget-ms']}`);
  const args: ForecastMinerArgs = {
    port,
    hotkeyUri: values['hotkey-uri'],
    model: values.model,
    budgetMs,
    netuid: Number(values.netuid),
    noChain: values['no-chain'],
    logLevel: values['log-level'] as NeuronLogLevel,
  };
  if (values.host !== undefined) args.host = values.host;
  if (values['state-dir'] !== undefined) args.stateDir = values['state-dir'];
  if (values['external-ip'] !== undefined) args.externalIp = values['external-ip'];
  if (values['external-port'] !== undefined) args.externalPort = Number(values['external-port']);
  return args;
}

async function main(): Promise<void> {
  let args: ForecastMinerArgs;
  try {
    args = parseForecastMinerArgs(process.argv.slice(2));
    if (!args.noChain) throw new Error('this build has no chain client yet: run with --no-chain');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const logger = createConsoleLogger({ level: args.logLevel, name: 'forecast-miner' });
  process.on('uncaughtException', (error) => logger('error', 'process.uncaught_exception', { error }));
  process.on('unhandledRejection', (error) => logger('error', 'process.unhandled_rejection', { error }));
  const running = await runForecastMiner({ ...args, logger });
  const host = args.host ?? '0.0.0.0';
  process.stdout.write(
    `forecast miner listening on ${host}:${running.miner.axon.port} hotkey ${running.miner.hotkey.address}` +
      ` model ${args.model}\n`,
  );
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    process.once(name, () => void running.stop().then(() => process.exit(0)));
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`forecast miner: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
