/**
 * Building a block's body as its author: the timestamp inherent, then ready pool transactions in
 * priority order while the size, weight and count limits allow, executed with the runtime. Should the
 * executive find one invalid after all (its nonce or fee no longer fits), it is left out with the later
 * transactions of its signer and the block is executed again.
 */
import type { AccountId, Hash } from '@taonet/primitives';
import type { Runtime, StateBackend } from '@taonet/runtime';
import { type DecodedExtrinsic, decodeExtrinsic } from '../extrinsic/decodeExtrinsic.js';
import { encodeTimestampInherent } from '../extrinsic/timestampInherent.js';
import type { PoolTransaction } from '../txpool/poolTransaction.js';
import { type ExecutedBlock, executeBlock, isInvalidOutcome } from './blockExecution.js';
import { type BlockLimits, getExtrinsicWeight } from './blockLimits.js';

export interface BuildBlockInput {
  readonly runtime: Runtime;
  readonly parentState: StateBackend;
  readonly number: number;
  readonly timestamp: number;
  readonly author: AccountId;
  /** the parent block's hash, passed to the runtime's block environment */
  readonly parentHash?: Hash;
  readonly candidates: Iterable<PoolTransaction>;
  readonly limits: BlockLimits;
  /** at most this many transactions (the author's time budget) */
  readonly maxTransactions: number;
}

export interface BuiltBlock {
  /** the inherent first, then the included transactions */
  readonly extrinsics: readonly DecodedExtrinsic[];
  readonly included: readonly PoolTransaction[];
  readonly executed: ExecutedBlock;
  /** transactions the executive refused: out of the block and to be dropped from the pool */
  readonly rejected: readonly { readonly tx: PoolTransaction; readonly reason: string }[];
}

const MAX_ATTEMPTS = 3;

function selectTransactions(input: BuildBlockInput): PoolTransaction[] {
  const selected: PoolTransaction[] = [];
  let bytes = 0;
  let weight = 0n;
  for (const tx of input.candidates) {
    if (selected.length >= input.maxTransactions) break;
    const txWeight = getExtrinsicWeight(tx.xt, input.limits);
    if (bytes + tx.xt.bytes.length > input.limits.maxNormalBytes) continue;
    if (weight + txWeight > input.limits.maxNormalWeight) continue;
    bytes += tx.xt.bytes.length;
    weight += txWeight;
    selected.push(tx);
  }
  return selected;
}

export function buildBlock(input: BuildBlockInput): BuiltBlock {
  const inherent = decodeExtrinsic(
    encodeTimestampInherent(input.timestamp, input.runtime.callCodec),
    input.runtime.executive,
  );
  const header = {
    number: input.number,
    timestamp: input.timestamp,
    author: input.author,
    ...(input.parentHash === undefined ? {} : { parentHash: input.parentHash }),
  };
  const rejected: { tx: PoolTransaction; reason: string }[] = [];
  let chosen = selectTransactions(input);
  for (let attempt = 0; ; attempt++) {
    if (attempt === MAX_ATTEMPTS) chosen = [];
    const extrinsics = [inherent, ...chosen.map((tx) => tx.xt)];
    const executed = executeBlock(input.runtime, input.parentState, header, extrinsics);
    const bad = chosen.filter((_, i) => isInvalidOutcome(executed.outcomes[i + 1]!));
    if (bad.length === 0) return { extrinsics, included: chosen, executed, rejected };
    const firstBadNonce = new Map<AccountId, number>();
    for (const tx of bad) {
      const outcome = executed.outcomes[chosen.indexOf(tx) + 1]!;
      rejected.push({ tx, reason: outcome.error?.message ?? 'invalid' });
      firstBadNonce.set(tx.sender, Math.min(firstBadNonce.get(tx.sender) ?? tx.nonce, tx.nonce));
    }
    chosen = chosen.filter((tx) => tx.nonce < (firstBadNonce.get(tx.sender) ?? Number.POSITIVE_INFINITY));
  }
}
