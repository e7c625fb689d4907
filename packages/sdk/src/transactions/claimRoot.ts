/** Root claims: `claimRoot` (collect root dividends on some subnets), `setRootClaimType` (how they are paid). */
import { encodeCall } from '../calls/defineCall.js';
import { claimRootCall, setRootClaimTypeCall } from '../calls/rootClaimCalls.js';
import type { Client } from '../client/createClient.js';
import { InvalidParameterError } from '../errors/sdkError.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

/** A sorted set of netuids, as the runtime's `BTreeSet<NetUid>` encodes. */
const netuidSet = (netuids: readonly number[]) => [...new Set(netuids)].sort((a, b) => a - b);

export interface ClaimRootParameters extends TransactionParameters {
  /** the subnets to claim on (at most 5) */
  readonly netuids: readonly number[];
}

export async function claimRoot(client: Client, params: ClaimRootParameters): Promise<TransactionReceipt> {
  if (params.netuids.length === 0) throw new InvalidParameterError('netuids', 'name at least one subnet');
  const call = encodeCall(claimRootCall, { subnets: netuidSet(params.netuids) });
  return sendTransaction(client, { ...params, call });
}

export interface SetRootClaimTypeParameters extends TransactionParameters {
  /** 'swap' (to TAO), 'keep' (as alpha), or keep on these subnets only */
  readonly claimType: 'swap' | 'keep' | { readonly keepSubnets: readonly number[] };
}

export async function setRootClaimType(
  client: Client,
  params: SetRootClaimTypeParameters,
): Promise<TransactionReceipt> {
  const { claimType } = params;
  const value =
    claimType === 'swap'
      ? { tag: 'Swap' as const, value: undefined }
      : claimType === 'keep'
        ? { tag: 'Keep' as const, value: undefined }
        : { tag: 'KeepSubnets' as const, value: { subnets: netuidSet(claimType.keepSubnets) } };
  const call = encodeCall(setRootClaimTypeCall, { new_root_claim_type: value });
  return sendTransaction(client, { ...params, call });
}
