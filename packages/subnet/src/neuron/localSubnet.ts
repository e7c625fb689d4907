/**
 * One subnet of the in-memory chain (localChainPort.ts): its neurons, weights, commits and epoch counter,
 * with the checks subtensor makes on `set_weights`, `commit_weights`, `reveal_weights` and `serve_axon`
 * (same error names) and a small stand-in for Yuma at each epoch: a miner's incentive is the stake-weighted
 * sum of the validators' normalised weights on it, a validator's dividend its share of the stake that
 * voted, and the epoch's emission is split half and half. Not consensus-exact: just enough for neuron
 * loops to see their weights land and their miners earn.
 */
import { TaonetError } from '@taonet/primitives';
import type {
  ChainAxonInfo,
  NeuronHyperparameters,
  SetWeightsParams,
  WeightCommitInfo,
} from './chainPort.js';

export interface LocalNeuron {
  hotkey: string;
  coldkey: string;
  stake: bigint;
  validatorPermit: boolean;
  lastUpdate: number;
  blockAtRegistration: number;
  incentive: number;
  dividends: number;
  emission: bigint;
  axon: ChainAxonInfo;
  lastServed: number;
  /** (uid, u16) after the chain's max-upscale, in the order given. */
  weights: [number, number][];
}

export interface LocalSubnet {
  netuid: number;
  hparams: NeuronHyperparameters;
  maxAllowedUids: number;
  /** Alpha rao emitted per block, paid out at each epoch. */
  emissionPerBlock: bigint;
  neurons: LocalNeuron[];
  commits: Map<string, WeightCommitInfo[]>;
  epochIndex: number;
  lastEpochBlock: number;
}

export const DEFAULT_LOCAL_HYPERPARAMETERS: NeuronHyperparameters = {
  tempo: 360,
  weightsRateLimit: 100,
  commitRevealWeightsEnabled: false,
  commitRevealPeriod: 1,
  weightsVersion: 0n,
  minAllowedWeights: 1,
  maxWeightsLimit: 0xffff,
  servingRateLimit: 50,
  immunityPeriod: 4096,
};

/** Raised as `{ ok: false, error: name }` by the port. */
export class LocalDispatchError extends Error {
  constructor(readonly error: string) {
    super(error);
  }
}

export function ensureDispatch(condition: boolean, error: string): asserts condition {
  if (!condition) throw new LocalDispatchError(error);
}

export function getUidOf(subnet: LocalSubnet, hotkey: string): number | null {
  const uid = subnet.neurons.findIndex((neuron) => neuron.hotkey === hotkey);
  return uid < 0 ? null : uid;
}

export function ensureRegisteredUid(subnet: LocalSubnet, hotkey: string): number {
  const uid = getUidOf(subnet, hotkey);
  ensureDispatch(uid !== null, 'HotKeyNotRegisteredInSubNet');
  return uid;
}

/** `check_rate_limit`: never set is fine, else `block - LastUpdate >= WeightsSetRateLimit`. */
export function checkWeightsRateLimit(subnet: LocalSubnet, uid: number, block: number): boolean {
  const last = subnet.neurons[uid]?.lastUpdate ?? 0;
  return last === 0 || block - last >= subnet.hparams.weightsRateLimit;
}

/** `vec_u16_max_upscale_to_u16`: the largest value becomes 65535 (round half away from zero). */
export function maxUpscaleToU16(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  if (max === 0) return values.map(() => 0);
  return values.map((value) => Math.round((value * 0xffff) / max));
}

/** `internal_set_weights` after the origin: stores the row unless a check fails. */
export function applyWeights(
  subnet: LocalSubnet,
  uid: number,
  params: SetWeightsParams,
  opts: { block: number; rateLimited: boolean },
): void {
  const { uids, values } = params;
  const n = subnet.neurons.length;
  ensureDispatch(uids.length === values.length, 'WeightVecNotEqualSize');
  ensureDispatch(uids.length <= n, 'UidsLengthExceedUidsInSubNet');
  const required = subnet.hparams.weightsVersion;
  ensureDispatch(required === 0n || params.versionKey >= required, 'IncorrectWeightVersionKey');
  if (opts.rateLimited) {
    ensureDispatch(checkWeightsRateLimit(subnet, uid, opts.block), 'SettingWeightsTooFast');
  }
  const selfWeight = uids.length === 1 && uids[0] === uid;
  ensureDispatch(selfWeight || subnet.neurons[uid]!.validatorPermit, 'NeuronNoValidatorPermit');
  ensureDispatch(new Set(uids).size === uids.length, 'DuplicateUids');
  ensureDispatch(
    uids.every((target) => Number.isInteger(target) && target >= 0 && target < n),
    'UidVecContainInvalidOne',
  );
  ensureDispatch(
    selfWeight || uids.length >= Math.min(n, subnet.hparams.minAllowedWeights),
    'WeightVecLengthIsLow',
  );
  const upscaled = maxUpscaleToU16(values);
  subnet.neurons[uid]!.weights = uids.map((target, i) => [target, upscaled[i]!]);
  if (opts.rateLimited) subnet.neurons[uid]!.lastUpdate = opts.block;
}

export function isCommitExpired(subnet: LocalSubnet, commit: WeightCommitInfo): boolean {
  return subnet.epochIndex > commit.commitEpoch + subnet.hparams.commitRevealPeriod;
}

export function isRevealEpoch(subnet: LocalSubnet, commit: WeightCommitInfo): boolean {
  return subnet.epochIndex === commit.commitEpoch + subnet.hparams.commitRevealPeriod;
}

/** The epoch stand-in (see the file comment). */
export function runLocalEpoch(subnet: LocalSubnet, block: number): void {
  subnet.epochIndex++;
  const tempoBlocks = block - subnet.lastEpochBlock;
  subnet.lastEpochBlock = block;
  const { neurons } = subnet;
  const voters = neurons.filter((v) => v.validatorPermit && v.stake > 0n && v.weights.length > 0);
  const votingStake = voters.reduce((sum, v) => sum + Number(v.stake), 0);
  const incentive = new Array<number>(neurons.length).fill(0);
  for (const voter of voters) {
    const rowSum = voter.weights.reduce((sum, [, w]) => sum + w, 0);
    if (rowSum === 0) continue;
    for (const [target, w] of voter.weights) {
      incentive[target] = (incentive[target] ?? 0) + (Number(voter.stake) / votingStake) * (w / rowSum);
    }
  }
  const total = incentive.reduce((a, b) => a + b, 0);
  const epochEmission = subnet.emissionPerBlock * BigInt(Math.max(0, tempoBlocks));
  const half = Number(epochEmission / 2n);
  for (const [uid, neuron] of neurons.entries()) {
    neuron.incentive = total > 0 ? incentive[uid]! / total : 0;
    neuron.dividends = voters.includes(neuron) ? Number(neuron.stake) / votingStake : 0;
    neuron.emission = BigInt(Math.floor(half * neuron.incentive + half * neuron.dividends));
  }
}

export const UNSERVED_AXON = {
  version: 0,
  ip: '0.0.0.0',
  port: 0,
  ipType: 4,
  protocol: 4,
  placeholder1: 0,
  placeholder2: 0,
} as const;

/** The uid a new registration takes: the next free one, else the lowest-incentive neuron out of immunity. */
export function getUidToPrune(subnet: LocalSubnet, block: number): number {
  let best: number | null = null;
  for (const [uid, neuron] of subnet.neurons.entries()) {
    if (block - neuron.blockAtRegistration < subnet.hparams.immunityPeriod) continue;
    if (best === null || neuron.incentive < subnet.neurons[best]!.incentive) best = uid;
  }
  if (best === null) {
    throw new TaonetError('SUBNET_FULL', `subnet ${subnet.netuid} is full and every neuron is immune`);
  }
  return best;
}
