/**
 * `--uids 1,2 --weights 0.5,0.5` as people type them (commas and/or spaces, btcli's `[1, 2]` brackets
 * tolerated): uids are u16 integers, weights non-negative decimals of any scale. They are normalised as
 * the Python SDK sends them (the largest becomes 65535, halves rounded to even, zeros dropped) by the SDK's
 * `normalizeWeights`, the one place that rule lives.
 */
import { UsageError } from '../../errors/cliErrors.js';

function splitList(text: string): string[] {
  return text
    .trim()
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter((part) => part !== '');
}

export function parseUidList(text: string, flag = '--uids'): number[] {
  const parts = splitList(text);
  if (parts.length === 0) throw new UsageError(`${flag} needs at least one uid, e.g. ${flag} 0,1,2`);
  return parts.map((part) => {
    if (!/^\d+$/.test(part) || Number(part) > 65_535) {
      throw new UsageError(`${flag}: "${part}" is not a uid (an integer from 0 to 65535)`);
    }
    return Number(part);
  });
}

export function parseWeightList(text: string, flag = '--weights'): number[] {
  const parts = splitList(text);
  if (parts.length === 0) throw new UsageError(`${flag} needs at least one weight, e.g. ${flag} 0.5,0.5`);
  return parts.map((part) => {
    const value = Number(part);
    if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(part) || !Number.isFinite(value)) {
      throw new UsageError(`${flag}: "${part}" is not a weight (a number >= 0)`);
    }
    return value;
  });
}

export interface WeightsArgs {
  uids: number[];
  weights: number[];
}

/** Both lists, the same length, no uid twice, at least one weight above 0. */
export function parseWeightsArgs(uidsText: string, weightsText: string): WeightsArgs {
  const uids = parseUidList(uidsText);
  const weights = parseWeightList(weightsText);
  if (uids.length !== weights.length) {
    throw new UsageError(
      `--uids has ${uids.length} entries but --weights has ${weights.length}: give one weight per uid`,
    );
  }
  const seen = new Set<number>();
  for (const uid of uids) {
    if (seen.has(uid)) throw new UsageError(`--uids: uid ${uid} is given twice`);
    seen.add(uid);
  }
  if (!weights.some((w) => w > 0)) throw new UsageError('--weights: at least one weight must be above 0');
  return { uids, weights };
}

/** `--salt 1,2,3`: u16 values. */
export function parseSalt(text: string): number[] {
  return parseUidList(text, '--salt');
}
