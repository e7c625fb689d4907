/**
 * Build and sign an extrinsic the way subtensor's clients do: the signer's next nonce from the node
 * (`system_accountNextIndex`, which counts its pooled transactions), a mortal era of 64 blocks from the
 * best block, an optional tip, and the chain facts the signature commits to (spec and transaction
 * versions, genesis hash), fetched in parallel and cached per client.
 */
import { accountIdToSs58 } from '@taonet/crypto';
import type { AccountId, Hash } from '@taonet/primitives';
import { toHex } from '@taonet/primitives';
import {
  computeExtrinsicHash,
  createMortalEra,
  DEFAULT_ERA_PERIOD,
  type Era,
  type ExtrinsicSigner,
  IMMORTAL_ERA,
  type SigningContext,
  signExtrinsic,
} from '@taonet/rpc';
import type { Call } from '../calls/defineCall.js';
import type { Client } from '../client/createClient.js';
import { getBestBlock } from '../queries/getBlock.js';
import type { BlockHash } from '../queries/readStorage.js';

/** How every transaction action is signed: the signer (a @taonet/crypto `Keypair`), and optional extras. */
export interface TransactionOpts {
  readonly signer: ExtrinsicSigner;
  /** rao paid on top of the fee for priority (default 0) */
  readonly tip?: bigint;
  /** default: the next nonce of the signer, counting its pending transactions */
  readonly nonce?: number;
  /** blocks the transaction stays valid (a power of two, default 64), or 'immortal' */
  readonly era?: number | 'immortal';
}

export interface SignTransactionParameters extends TransactionOpts {
  readonly call: Call;
}

export interface SignedTransaction {
  readonly call: Call;
  /** the length-prefixed extrinsic, ready for `author_submitExtrinsic` */
  readonly extrinsic: Uint8Array;
  /** the transaction hash (blake2-256 of `extrinsic`) */
  readonly hash: Hash;
  readonly signer: string;
  readonly nonce: number;
  readonly era: Era;
}

interface ChainFacts {
  readonly genesisHash: Hash;
  readonly specVersion: number;
  readonly transactionVersion: number;
}

const facts = new WeakMap<Client, Promise<ChainFacts>>();

/** Genesis hash and runtime versions, fetched once per client. */
export function getChainFacts(client: Client): Promise<ChainFacts> {
  let pending = facts.get(client);
  if (pending === undefined) {
    pending = Promise.all([
      client.request('chain_getBlockHash', 0),
      client.request('state_getRuntimeVersion'),
    ]).then(([genesisHash, version]) => ({
      genesisHash: genesisHash as Hash,
      specVersion: version.specVersion,
      transactionVersion: version.transactionVersion,
    }));
    pending.catch(() => facts.delete(client));
    facts.set(client, pending);
  }
  return pending;
}

async function getEra(client: Client, era: TransactionOpts['era']): Promise<{ era: Era; birth?: BlockHash }> {
  if (era === 'immortal') return { era: IMMORTAL_ERA };
  const best = await getBestBlock(client);
  // `current = best` makes the era's birth block the best block itself
  return { era: createMortalEra(era ?? DEFAULT_ERA_PERIOD, best.number), birth: best.hash };
}

export async function signTransaction(
  client: Client,
  params: SignTransactionParameters,
): Promise<SignedTransaction> {
  const signer = accountIdToSs58(toHex(params.signer.publicKey) as AccountId, client.ss58Format);
  const [chain, { era, birth }, nonce] = await Promise.all([
    getChainFacts(client),
    getEra(client, params.era),
    params.nonce ?? client.request('system_accountNextIndex', signer),
  ]);
  const context: SigningContext = { ...chain, blockHash: (birth ?? chain.genesisHash) as Hash };
  const extrinsic = signExtrinsic({
    call: params.call.bytes,
    signer: params.signer,
    extra: { era, nonce, tip: params.tip ?? 0n },
    context,
  });
  return { call: params.call, extrinsic, hash: computeExtrinsicHash(extrinsic), signer, nonce, era };
}
