/**
 * Commit-reveal v2, the reveal: `revealWeights` sends the committed uids, u16 weights, salt and version key
 * (`reveal_weights`, or `reveal_mechanism_weights` for a mechanism other than 0); the runtime recomputes
 * the hash, checks it is the reveal epoch, and sets the weights. Signed by the hotkey that committed.
 */
import { encodeCall } from '../calls/defineCall.js';
import { revealMechanismWeightsCall, revealWeightsCall } from '../calls/weightsCalls.js';
import type { Client } from '../client/createClient.js';
import type { WeightsCommit } from './commitWeights.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

export interface RevealWeightsParameters extends TransactionParameters {
  /** the commit `commitWeights` returned (or `prepareWeightsCommit` built) */
  readonly commit: WeightsCommit;
}

export async function revealWeights(
  client: Client,
  params: RevealWeightsParameters,
): Promise<TransactionReceipt> {
  const { commit } = params;
  const args = {
    netuid: commit.netuid,
    uids: [...commit.uids],
    values: [...commit.weights],
    salt: [...commit.salt],
    version_key: commit.versionKey,
  };
  const call =
    commit.mechid === 0
      ? encodeCall(revealWeightsCall, args)
      : encodeCall(revealMechanismWeightsCall, { ...args, mecid: commit.mechid });
  return sendTransaction(client, { ...params, call });
}
