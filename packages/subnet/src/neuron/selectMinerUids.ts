/**
 * Which miners a validator queries in one step: serving axons only, never itself, never a validator holding
 * a permit with more stake than `vpermitTaoLimit` (the Python template's `get_random_uids`), sampled without
 * replacement.
 */
import type { MetagraphSnapshot } from './chainPort.js';
import { isServingAxon } from './metagraphIndex.js';

export interface SelectMinerUidsOpts {
  sampleSize: number;
  /** Uids never queried (the validator's own). */
  exclude?: ReadonlySet<number>;
  /** Permit holders with more stake than this (alpha rao) are validators, not miners. */
  vpermitTaoLimit: bigint;
  /** Uniform in [0, 1); Math.random unless given. */
  random?: () => number;
}

export function isQueryableMiner(
  metagraph: MetagraphSnapshot,
  uid: number,
  opts: SelectMinerUidsOpts,
): boolean {
  if (opts.exclude?.has(uid)) return false;
  if (!isServingAxon(metagraph.axons[uid])) return false;
  return !(metagraph.validatorPermit[uid] && (metagraph.stake[uid] ?? 0n) > opts.vpermitTaoLimit);
}

/** Up to `sampleSize` queryable uids, in random order (all of them when there are fewer). */
export function selectMinerUids(metagraph: MetagraphSnapshot, opts: SelectMinerUidsOpts): number[] {
  const random = opts.random ?? Math.random;
  const pool: number[] = [];
  for (let uid = 0; uid < metagraph.n; uid++) if (isQueryableMiner(metagraph, uid, opts)) pool.push(uid);
  const count = Math.min(Math.max(0, Math.floor(opts.sampleSize)), pool.length);
  // partial Fisher-Yates: the first `count` entries become a uniform sample without replacement
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}
