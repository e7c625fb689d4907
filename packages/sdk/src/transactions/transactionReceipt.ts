/**
 * What happened to an included transaction: its block, its index there, its own events, the fee it paid,
 * and success or the runtime's error (subtensor's name, decoded).
 */
import type { Hash } from '@taonet/primitives';
import type { Client } from '../client/createClient.js';
import { decodeDispatchError, type ModuleError } from '../errors/moduleError.js';
import { SdkError } from '../errors/sdkError.js';
import { getBlock } from '../queries/getBlock.js';
import { type ChainEvent, getEvents, getExtrinsicEvents } from '../queries/getEvents.js';
import type { BlockHash } from '../queries/readStorage.js';

export interface TransactionReceipt {
  /** the transaction hash */
  readonly hash: Hash;
  readonly blockHash: BlockHash;
  readonly blockNumber: number;
  /** the extrinsic's index in the block */
  readonly extrinsicIndex: number;
  readonly status: 'success' | 'failed';
  /** the events of this extrinsic only, in order */
  readonly events: readonly ChainEvent[];
  /** the fee paid (rao; undefined for free calls such as set_weights) */
  readonly fee: bigint | undefined;
  /** the runtime's error when `status` is 'failed' */
  readonly error: ModuleError | undefined;
  /** whether the block was final when the receipt was made */
  readonly finalized: boolean;
}

const isEvent = (event: ChainEvent, pallet: string, name: string) =>
  event.pallet === pallet && event.name === name;

export function feeOf(events: readonly ChainEvent[]): bigint | undefined {
  const paid = events.find((e) => isEvent(e, 'TransactionPayment', 'TransactionFeePaid'));
  const fee = (paid?.data as { actualFee?: unknown } | undefined)?.actualFee;
  return typeof fee === 'string' || typeof fee === 'number' ? BigInt(fee) : undefined;
}

export interface GetTransactionReceiptParameters {
  readonly hash: Hash;
  /** the raw extrinsic (0x hex) as submitted, to find it in the block */
  readonly extrinsic: string;
  readonly blockHash: BlockHash;
  readonly finalized?: boolean;
}

/** The receipt of a transaction known to be in `blockHash`. */
export async function getTransactionReceipt(
  client: Client,
  params: GetTransactionReceiptParameters,
): Promise<TransactionReceipt> {
  const [block, events] = await Promise.all([
    getBlock(client, { hash: params.blockHash }),
    getEvents(client, { blockHash: params.blockHash }),
  ]);
  const wanted = params.extrinsic.toLowerCase();
  const extrinsicIndex = block.extrinsics.findIndex((xt) => xt.toLowerCase() === wanted);
  if (extrinsicIndex < 0) {
    throw new SdkError('TX_NOT_IN_BLOCK', `Transaction ${params.hash} is not in block ${params.blockHash}`, {
      details: { hash: params.hash, blockHash: params.blockHash },
    });
  }
  const own = getExtrinsicEvents(events, extrinsicIndex);
  const failed = own.find((e) => isEvent(e, 'System', 'ExtrinsicFailed'));
  return {
    hash: params.hash,
    blockHash: params.blockHash,
    blockNumber: block.number,
    extrinsicIndex,
    status: failed === undefined ? 'success' : 'failed',
    events: own,
    fee: feeOf(own),
    error: failed === undefined ? undefined : decodeDispatchError(failed.data),
    finalized: params.finalized ?? false,
  };
}
