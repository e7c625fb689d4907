/** The flags `tao weights set` and `commit` share: --netuid, --mechid, --uids, --weights, --version-key. */
import { readNetuid } from '../../chain/netuidInput.js';
import { MissingInputError, UsageError } from '../../errors/cliErrors.js';
import type { CommandContext } from '../../program/commandContext.js';
import type { CommandInput } from '../../program/commandSpec.js';
import { optNonEmpty } from '../wallet/selectWallet.js';
import { parseWeightsArgs, type WeightsArgs } from './weightsInput.js';

export interface WeightsRequest extends WeightsArgs {
  netuid: number;
  mechid: number;
  versionKey: bigint | undefined;
}

export function readMechid(input: CommandInput): number {
  const text = optNonEmpty(input, 'mechid', '--mechid');
  if (text === undefined) return 0;
  if (!/^\d+$/.test(text.trim()) || Number(text) > 255) {
    throw new UsageError(`--mechid must be a mechanism number from 0 to 255, got "${text}"`);
  }
  return Number(text);
}

function readVersionKey(input: CommandInput): bigint | undefined {
  const text = optNonEmpty(input, 'versionKey', '--version-key');
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`--version-key must be an integer, got "${text}"`);
  return BigInt(text.trim());
}

async function requiredList(
  ctx: CommandContext,
  input: CommandInput,
  key: string,
  flag: string,
  example: string,
) {
  const text = optNonEmpty(input, key, flag);
  if (text !== undefined) return text;
  if (!ctx.prompter.enabled) throw new MissingInputError(`give ${flag}, e.g. ${flag} ${example}`);
  return ctx.prompter.text(`${flag.slice(2)} (comma-separated, e.g. ${example})`);
}

export async function readWeightsRequest(ctx: CommandContext, input: CommandInput): Promise<WeightsRequest> {
  const netuid = await readNetuid(ctx, input);
  const mechid = readMechid(input);
  const uids = await requiredList(ctx, input, 'uids', '--uids', '0,1');
  const weights = await requiredList(ctx, input, 'weights', '--weights', '0.5,0.5');
  return { netuid, mechid, versionKey: readVersionKey(input), ...parseWeightsArgs(uids, weights) };
}
