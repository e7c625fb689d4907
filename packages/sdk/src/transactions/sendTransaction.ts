/**
 * Sign, submit and follow a transaction (`author_submitAndWatchExtrinsic`) until it is in a block or final,
 * then return its receipt. A refused transaction throws `TransactionRejectedError` (with the node's reason),
 * one the runtime refused throws `ExtrinsicFailedError` (subtensor's error name and a human message):
 * a resolved promise means the call succeeded. `submitTransaction` only submits.
 */
import type { Hash } from '@taonet/primitives';
import { toHex } from '@taonet/primitives';
import type { RpcSubscriptionItem, TransportSubscription } from '@taonet/rpc';
import type { Client } from '../client/createClient.js';
import { TimeoutError } from '../errors/clientErrors.js';
import { ExtrinsicFailedError, TransactionRejectedError, toRejection } from '../errors/transactionErrors.js';
import type { BlockHash } from '../queries/readStorage.js';
import {
  type SignedTransaction,
  type SignTransactionParameters,
  signTransaction,
} from './signTransaction.js';
import { getTransactionReceipt, type TransactionReceipt } from './transactionReceipt.js';

export interface WaitOpts {
  /** 'inBlock' (default) or 'finalized' */
  readonly waitFor?: 'inBlock' | 'finalized';
  /** the longest to wait for the block (default 120,000 ms) */
  readonly waitTimeoutMs?: number;
  /** throw `ExtrinsicFailedError` when the runtime refuses the call (default true) */
  readonly throwOnFailure?: boolean;
  /** progress, for spinners: 'signed' (with the hash), then the pool's 'future'/'ready', 'inBlock', 'finalized' */
  readonly onStatus?: (status: TransactionStage, hash: Hash) => void;
}

export type TransactionStage = 'signed' | 'future' | 'ready' | 'inBlock' | 'finalized';

export interface SendTransactionParameters extends SignTransactionParameters, WaitOpts {}

export type SendTransactionReturnType = TransactionReceipt;

type Status = RpcSubscriptionItem<'author_submitAndWatchExtrinsic'>;

/** The block hash a status reports for the wanted stage, a rejection, or undefined (keep waiting). */
function readStatus(status: Status, waitFor: 'inBlock' | 'finalized'): BlockHash | Error | undefined {
  if (status === 'invalid' || status === 'dropped') {
    return new TransactionRejectedError(
      status === 'invalid' ? 'invalid' : 'dropped',
      `the pool reported it ${status}`,
    );
  }
  if (typeof status !== 'object') return undefined;
  if ('usurped' in status) return new TransactionRejectedError('usurped', `replaced by ${status.usurped}`);
  if ('finalized' in status) return status.finalized as BlockHash;
  if ('inBlock' in status && waitFor === 'inBlock') return status.inBlock as BlockHash;
  return undefined;
}

/** Submits a signed transaction and resolves with the block it reached (in block or final). */
export function watchTransaction(
  client: Client,
  signed: SignedTransaction,
  opts: WaitOpts = {},
): Promise<{ blockHash: BlockHash; finalized: boolean }> {
  const waitFor = opts.waitFor ?? 'inBlock';
  const timeoutMs = opts.waitTimeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    let subscription: Promise<TransportSubscription> | undefined;
    let done = false;
    const finish = (outcome: { blockHash: BlockHash; finalized: boolean } | Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void subscription?.then((s) => s.unsubscribe()).catch(() => undefined);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(
      () => finish(new TimeoutError(`author_submitAndWatchExtrinsic (${waitFor})`, timeoutMs)),
      timeoutMs,
    );
    const onItem = (status: Status) => {
      const stage = typeof status === 'string' ? status : Object.keys(status)[0];
      if (stage === 'future' || stage === 'ready' || stage === 'inBlock' || stage === 'finalized') {
        opts.onStatus?.(stage, signed.hash);
      }
      const outcome = readStatus(status, waitFor);
      if (outcome instanceof Error) finish(outcome);
      else if (outcome !== undefined) {
        finish({ blockHash: outcome, finalized: typeof status === 'object' && 'finalized' in status });
      }
    };
    subscription = client.subscribe(
      'author_submitAndWatchExtrinsic',
      [toHex(signed.extrinsic)],
      onItem,
      (error) => finish(error),
    );
    subscription.catch((error: unknown) => finish((toRejection(error) ?? error) as Error));
  });
}

export async function sendTransaction(
  client: Client,
  params: SendTransactionParameters,
): Promise<SendTransactionReturnType> {
  const signed = await signTransaction(client, params);
  params.onStatus?.('signed', signed.hash);
  const { blockHash, finalized } = await watchTransaction(client, signed, params);
  const receipt = await getTransactionReceipt(client, {
    hash: signed.hash,
    extrinsic: toHex(signed.extrinsic),
    blockHash,
    finalized,
  });
  if (receipt.error !== undefined && params.throwOnFailure !== false) {
    throw new ExtrinsicFailedError(receipt.error, receipt);
  }
  return receipt;
}

/** Signs and submits without waiting: resolves with the transaction hash once the node has pooled it. */
export async function submitTransaction(client: Client, params: SignTransactionParameters): Promise<Hash> {
  const signed = await signTransaction(client, params);
  try {
    return (await client.request('author_submitExtrinsic', toHex(signed.extrinsic))) as Hash;
  } catch (error) {
    throw toRejection(error) ?? error;
  }
}

export interface EstimateFeeParameters extends SignTransactionParameters {}

/** The fee (rao, without tip) the transaction would pay, from `payment_queryInfo`. */
export async function estimateFee(client: Client, params: EstimateFeeParameters): Promise<bigint> {
  const signed = await signTransaction(client, params);
  const info = await client.request('payment_queryInfo', toHex(signed.extrinsic));
  return BigInt(info.partialFee);
}
