/**
 * The subnet a command works on: `--netuid <n>` (asked at a terminal when missing), and a pre-flight check
 * that it exists on the chain, so that a typo gives "subnet 7 does not exist" rather than an empty result.
 */
import type { BlockHash, Client } from '@taonet/sdk/read';
import { MissingInputError, UsageError } from '../errors/cliErrors.js';
import type { CommandContext } from '../program/commandContext.js';
import type { CommandInput } from '../program/commandSpec.js';

export function parseNetuid(text: string): number {
  const value = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || value > 65535) {
    throw new UsageError(`--netuid must be a subnet number between 0 and 65535, got "${text}"`);
  }
  return value;
}

/** --netuid, or a prompt; undefined only when `optional` and not given. */
export async function readNetuid(ctx: CommandContext, input: CommandInput): Promise<number> {
  const given = input.opts.netuid;
  if (typeof given === 'string') return parseNetuid(given);
  if (!ctx.prompter.enabled) throw new MissingInputError('give the subnet with --netuid <n>');
  return parseNetuid(
    await ctx.prompter.text('Subnet (netuid)', {
      validate: (v) => (/^\d+$/.test(v.trim()) ? undefined : 'a number, please'),
    }),
  );
}

/**
 * Fails unless subnet `netuid` exists (`subnetCheck.ts`, imported here: a command that calls this only
 * for an empty answer does not load the SDK's storage reads and their key hashing otherwise).
 */
export async function requireSubnet(client: Client, netuid: number, at?: BlockHash): Promise<void> {
  return (await import('./subnetCheck.js')).requireSubnet(client, netuid, at);
}
