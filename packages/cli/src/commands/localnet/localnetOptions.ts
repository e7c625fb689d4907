/**
 * The localnet commands' flags: the data folder (`--data-dir`, else TAO_LOCALNET_DIR, else
 * ~/.taonet/localnet) and `up`'s numbers, checked (a bad value is a usage error naming the flag).
 */
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors/cliErrors.js';
import { LOCALNET_DEFAULTS, type LocalnetOptions, type NeuronLogLevel } from '../../localnet/localnetPlan.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput } from '../../program/commandSpec.js';

export function readDataDir(ctx: CommandContext, input: CommandInput): string {
  const flag = input.opts.dataDir;
  if (typeof flag === 'string' && flag !== '') return resolve(flag);
  const env = ctx.io.env.TAO_LOCALNET_DIR;
  if (env !== undefined && env !== '') return resolve(env);
  return join(ctx.io.home, '.taonet', 'localnet');
}

function integer(input: CommandInput, key: string, flag: string, fallback: number, min: number, max: number) {
  const raw = input.opts[key];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} takes an integer from ${min} to ${max}, got ${String(raw)}`);
  }
  return value;
}

export interface UpOptions extends LocalnetOptions {
  readonly reset: boolean;
  /** seconds between two refreshes of the live status; 0 for none */
  readonly statusEvery: number;
  /** the explorer's port (0: a free one), null without the explorer */
  readonly explorerPort: number | null;
}

export function readUpOptions(ctx: CommandContext, input: CommandInput): UpOptions {
  return {
    dataDir: readDataDir(ctx, input),
    reset: input.opts.reset === true,
    blockTimeMs: integer(input, 'blockTime', '--block-time', LOCALNET_DEFAULTS.blockTimeMs, 50, 60_000),
    tempo: integer(input, 'tempo', '--tempo', LOCALNET_DEFAULTS.tempo, 2, 10_000),
    rpcPort: integer(input, 'rpcPort', '--rpc-port', LOCALNET_DEFAULTS.rpcPort, 0, 65_535),
    axonBasePort: integer(
      input,
      'axonBasePort',
      '--axon-base-port',
      LOCALNET_DEFAULTS.axonBasePort,
      0,
      65_000,
    ),
    ocrStepSeconds: integer(input, 'ocrStep', '--ocr-step', LOCALNET_DEFAULTS.ocrStepSeconds, 1, 3_600),
    statusEvery: integer(input, 'statusEvery', '--status-every', 3, 0, 3_600),
    explorerPort:
      input.opts.explorer === false
        ? null
        : integer(input, 'explorerPort', '--explorer-port', 8080, 0, 65_535),
    neuronLogLevel: (input.opts.neuronLogLevel as NeuronLogLevel | undefined) ?? 'info',
  };
}
