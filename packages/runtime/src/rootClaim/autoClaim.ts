/**
 * The automatic root claims of block step 8 (`run_auto_claim_root_divs`, economics.md §2.8): `NumRootClaim`
 * coldkeys of the staking-coldkey index, chosen from the parent block hash, have their root dividends claimed
 * on every subnet (with the usual threshold).
 */
import type { DispatchContext } from '../dispatch/callDef.js';
import { doRootClaim, type RootClaimSwap } from './rootClaimOnSubnet.js';
import { NumRootClaim, NumStakingColdkeys, StakingColdkeysByIndex } from './schema.js';

const U64_MAX = (1n << 64n) - 1n;

function readU64BigEndian(bytes: Uint8Array, at: number): bigint {
  let value = 0n;
  for (let i = 0; i < 8; i++) value = (value << 8n) | BigInt(bytes[at + i] ?? 0);
  return value;
}

/**
 * `block_hash_to_indices(hash, k, n)`: start at the hash's first 8 bytes (big endian), then step by the
 * 8-byte words of the hash in turn, `idx = (last + step) mod n` (saturating add; 0 when n is 0); the distinct
 * indices in ascending order.
 */
export function blockHashToIndices(hash: Uint8Array, k: bigint, n: bigint): bigint[] {
  const indices = new Set<bigint>();
  let last = readU64BigEndian(hash, 0);
  let offset = 0;
  for (let i = 0n; i < k; i++) {
    const step = readU64BigEndian(hash, offset);
    offset = (offset + 8) % 32;
    const sum = last + step > U64_MAX ? U64_MAX : last + step;
    const index = n === 0n ? 0n : sum % n;
    indices.add(index);
    last = index;
  }
  // deterministic: a BTreeSet iterates its u64 indices ascending
  return [...indices].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `run_auto_claim_root_divs(parent_hash)` */
export function runAutoClaimRootDivs(
  ctx: DispatchContext,
  swap: RootClaimSwap,
  parentHash: Uint8Array,
): void {
  const { state } = ctx;
  const indices = blockHashToIndices(parentHash, NumRootClaim.get(state), NumStakingColdkeys.get(state));
  for (const index of indices) {
    const coldkey = StakingColdkeysByIndex.getOption(state, [index]);
    if (coldkey !== undefined) doRootClaim(ctx, swap, coldkey);
  }
}
