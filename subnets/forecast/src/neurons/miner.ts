/**
 * Entry script of the forecasting miner:
 *
 *   node --conditions=development --import tsx subnets/forecast/src/neurons/miner.ts \
 *     --network ws://127.0.0.1:9944 --netuid 1 --wallet-name miner --wallet-hotkey default --port 8091
 *   node ... subnets/forecast/src/neurons/miner.ts --hotkey-uri //Bob --port 8091 --model holtwinters --no-chain
 *
 * Prints `forecast miner listening on <host>:<port> hotkey <ss58> model <name>` once serving; on a chain
 * it publishes its axon and logs `axon served`. Stops on SIGINT/SIGTERM (exit 0; the reveals are saved in
 * `--state-dir`). Crash handlers are registered before the model loads (the tfjs wasm backend of
 * `--model mlp` installs its own).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  choiceFlag,
  getNeuronUsage,
  type NeuronArgs,
  numberFlag,
  openNeuronRuntime,
  parseNeuronArgs,
  reportAxonServed,
  runNeuronScript,
  stopOnSignals,
} from '@taonet/subnet';
import { FORECAST_MODEL_NAMES, type ForecastModelName, runForecastMiner } from './forecastMiner.js';

const USAGE = `usage: miner\n${getNeuronUsage('miner')}
  [--model naive|mlp|holtwinters|ar|seasonal] [--budget-ms 1500]`;

export interface ForecastMinerArgs extends NeuronArgs {
  model: ForecastModelName;
  budgetMs: number;
}

export function parseForecastMinerArgs(argv: readonly string[]): ForecastMinerArgs {
  const args = parseNeuronArgs(argv, {
    role: 'miner',
    options: {
      model: { type: 'string', default: 'holtwinters' },
      'budget-ms': { type: 'string', default: '1500' },
    },
  });
  return {
    ...args,
    model: choiceFlag(args.extra, 'model', FORECAST_MODEL_NAMES),
    budgetMs: numberFlag(args.extra, 'budget-ms', { min: 1 }),
  };
}

async function main(): Promise<void> {
  const args = parseForecastMinerArgs(process.argv.slice(2));
  const { hotkey, logger, chainOpts, axon, close } = await openNeuronRuntime(args, 'forecast-miner');
  process.on('uncaughtException', (error) => logger('error', 'process.uncaught_exception', { error }));
  process.on('unhandledRejection', (error) => logger('error', 'process.unhandled_rejection', { error }));
  try {
    const running = await runForecastMiner({
      ...axon!,
      hotkey,
      netuid: args.netuid,
      model: args.model,
      budgetMs: args.budgetMs,
      ...chainOpts,
      ...(args.stateDir === undefined ? {} : { stateDir: args.stateDir }),
      logger,
    });
    // listen for SIGINT/SIGTERM before saying it serves: a supervisor may stop it right after that line
    stopOnSignals(async () => {
      await running.stop();
      await close();
    }, logger);
    const host = axon!.host ?? '0.0.0.0';
    process.stdout.write(
      `forecast miner listening on ${host}:${running.miner.axon.port} hotkey ${hotkey.address}` +
        ` model ${args.model}\n`,
    );
    reportAxonServed(running.miner, logger);
  } catch (error) {
    await close();
    throw error;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runNeuronScript('forecast miner', USAGE, main);
}
