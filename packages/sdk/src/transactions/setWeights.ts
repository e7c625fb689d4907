/**
 * `setWeights` (set_weights / set_mechanism_weights), and what commit-reveal shares with it: weights are
 * any non-negative numbers, scaled so that the largest is 65535 and rounded half to even (Python's
 * `round`), zeros dropped, exactly as the Python SDK's `convert_weights_and_uids_for_emit` sends them;
 * the version key defaults to the subnet's `weights_version`. Signed by the hotkey.
 * Commit-reveal v2: commitWeights.ts and revealWeights.ts.
 */
import { encodeCall } from '../calls/defineCall.js';
import { setMechanismWeightsCall, setWeightsCall } from '../calls/weightsCalls.js';
import type { Client } from '../client/createClient.js';
import { InvalidParameterError } from '../errors/sdkError.js';
import { sendTransaction } from './sendTransaction.js';
import type { TransactionReceipt } from './transactionReceipt.js';
import type { TransactionParameters } from './transfer.js';

const U16_MAX = 65_535;

/** Python 3's `round(x)` for x >= 0: to the nearest integer, halves to the even neighbour. */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor; // float-ok: client-side rounding, exact for the halves it tests
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** uids and u16 weights as sent on chain: the largest weight becomes 65535, zero weights are left out. */
export function normalizeWeights(
  uids: readonly number[],
  weights: readonly number[],
): { uids: number[]; weights: number[] } {
  if (uids.length !== weights.length) {
    throw new InvalidParameterError('weights', `${uids.length} uids but ${weights.length} weights`);
  }
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0)
      throw new InvalidParameterError('weights', `weights[${i}] = ${w} is not >= 0`);
  });
  uids.forEach((uid, i) => {
    if (!Number.isInteger(uid) || uid < 0 || uid > U16_MAX)
      throw new InvalidParameterError('uids', `uids[${i}] = ${uid}`);
  });
  const max = Math.max(0, ...weights);
  const out = { uids: [] as number[], weights: [] as number[] };
  if (max === 0) return out;
  weights.forEach((w, i) => {
    const value = roundHalfEven((w / max) * U16_MAX); // float-ok: client-side scaling, as the Python SDK does
    if (value === 0) return;
    out.uids.push(uids[i]!);
    out.weights.push(value);
  });
  return out;
}

export interface WeightsInput {
  readonly netuid: number;
  /** the subnet mechanism (default 0, the main one) */
  readonly mechid?: number;
  readonly uids: readonly number[];
  readonly weights: readonly number[];
  /** default: the subnet's `weights_version` hyperparameter */
  readonly versionKey?: bigint;
}

/** `given`, else the subnet's `weights_version` hyperparameter (0 when the subnet has none). */
export async function getWeightsVersionKey(
  client: Client,
  netuid: number,
  given: bigint | undefined,
): Promise<bigint> {
  if (given !== undefined) return given;
  const hyperparams = await client.request('subnetInfo_getSubnetHyperparams', netuid);
  return hyperparams === null ? 0n : BigInt(hyperparams.weights_version);
}

export interface SetWeightsParameters extends TransactionParameters, WeightsInput {}

export async function setWeights(client: Client, params: SetWeightsParameters): Promise<TransactionReceipt> {
  const { uids, weights } = normalizeWeights(params.uids, params.weights);
  const version_key = await getWeightsVersionKey(client, params.netuid, params.versionKey);
  const { netuid, mechid = 0 } = params;
  const call =
    mechid === 0
      ? encodeCall(setWeightsCall, { netuid, dests: uids, weights, version_key })
      : encodeCall(setMechanismWeightsCall, { netuid, mecid: mechid, dests: uids, weights, version_key });
  return sendTransaction(client, { ...params, call });
}
