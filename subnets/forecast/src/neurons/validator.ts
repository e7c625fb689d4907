/**
 * Entry script of the forecasting validator:
 *
 *   node --conditions=development --import tsx subnets/forecast/src/neurons/validator.ts \
 *     --network ws://127.0.0.1:9944 --netuid 1 --wallet-name validator --wallet-hotkey default
 *   node ... subnets/forecast/src/neurons/validator.ts --hotkey-uri //Alice --no-chain \
 *     --miner //Bob@127.0.0.1:8091 --miner //Charlie@127.0.0.1:8092
 *
 * Every step sends a new task; reveals are asked `--reveal-after` blocks later; each settled task's scores
 * are logged. On a chain the miners are the metagraph's serving axons and the weights are set (or committed
 * and revealed) with the hotkey within the rate limits. With `--no-chain` it runs on a local in-memory
 * chain (a block every `--block-ms`) where it holds a permit and the `--miner` hotkeys (SS58 or secret URI)
 * are registered with those axons, and logs the miners' incentive at each epoch. Stops on SIGINT/SIGTERM
 * (exit 0; the state is saved in `--state-dir`).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  getNeuronUsage,
  LOCAL_CHAIN_OPTIONS,
  numberFlag,
  parseLocalChainArgs,
  parseNeuronArgs,
  runNeuronScript,
  runValidatorScript,
  type ValidatorScriptArgs,
} from '@taonet/subnet';
import { runForecastValidator } from './forecastValidator.js';

const USAGE = `usage: validator\n${getNeuronUsage('validator')}
  [--timeout 12] [--step-ms 5000] [--reveal-after 12] [--reveal-grace 24] [--history 336] [--horizon 24]
  [--real-share 0.25] [--alpha 0.1]`;

export interface ForecastValidatorArgs extends ValidatorScriptArgs {
  timeout: number;
  stepMs: number;
  revealAfter: number;
  revealGrace: number;
  history: number;
  horizon: number;
  realShare: number;
  alpha: number;
}

const DEFAULTS: Record<string, string> = {
  timeout: '12',
  'step-ms': '5000',
  'reveal-after': '12',
  'reveal-grace': '24',
  history: '336',
  horizon: '24',
  'real-share': '0.25',
  alpha: '0.1',
};

export function parseForecastValidatorArgs(argv: readonly string[]): ForecastValidatorArgs {
  const options = Object.fromEntries(
    Object.entries(DEFAULTS).map(([name, value]) => [name, { type: 'string' as const, default: value }]),
  );
  const args = parseNeuronArgs(argv, { role: 'validator', options: { ...LOCAL_CHAIN_OPTIONS, ...options } });
  const flag = (name: string, min: number, max?: number) =>
    numberFlag(args.extra, name, max === undefined ? { min } : { min, max });
  return {
    ...args,
    local: parseLocalChainArgs(args),
    timeout: flag('timeout', 0.001),
    stepMs: flag('step-ms', 1),
    revealAfter: flag('reveal-after', 0),
    revealGrace: flag('reveal-grace', 0),
    history: flag('history', 8),
    horizon: flag('horizon', 1),
    realShare: flag('real-share', 0, 1),
    alpha: flag('alpha', 0.000001, 1),
  };
}

async function main(): Promise<void> {
  const args = parseForecastValidatorArgs(process.argv.slice(2));
  await runValidatorScript(args, 'forecast-validator', ({ hotkey, logger, chainOpts }) =>
    runForecastValidator({
      netuid: args.netuid,
      hotkey,
      ...chainOpts,
      logger,
      timeout: args.timeout,
      stepIntervalMs: args.stepMs,
      movingAverageAlpha: args.alpha,
      rounds: {
        revealAfterBlocks: args.revealAfter,
        revealGraceBlocks: args.revealGrace,
        revealTimeout: args.timeout,
        task: { historyLength: args.history, horizon: args.horizon, realShare: args.realShare },
      },
      onSettled: (task) =>
        logger('info', 'forecast.settled', {
          taskId: task.task.task_id,
          scores: task.scores.map((s) => `${s.hotkey.slice(0, 8)}:${s.score.toFixed(3)}`).join(' '),
        }),
      ...(args.stateDir === undefined ? {} : { stateDir: args.stateDir }),
    }),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runNeuronScript('forecast validator', USAGE, main);
}
