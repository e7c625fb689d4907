/**
 * The epoch's bridge from state (ARCHITECTURE.md §2: `readEpochInputs -> yuma -> writeEpochOutputs`):
 * what `epoch_mechanism` reads for a subnet — stake weights, registrations, stored permits, and per
 * mechanism the weights, bonds, `LastUpdate` and (with commit-reveal on) the earliest unexpired commit
 * block of every uid.
 */
import type { NetUid } from '@taonet/primitives';
import type {
  EpochInputs,
  EpochParams,
  MechanismEpochInputs,
  MechanismInputs,
  SubnetInputs,
} from '../epoch/index.js';
import { BlockAtRegistration, Keys, LastUpdate, SubnetworkN, ValidatorPermit } from '../neurons/schema.js';
import { getStakeWeightsForNetwork } from '../staking/stakeWeights.js';
import type { OverlayState } from '../state/overlayState.js';
import { VecBool, VecU16Pairs, VecU64 } from '../state/vectorCodecs.js';
import { RevealPeriodEpochs } from '../subnets/hyperparameters.js';
import { MechanismCountCurrent, MechanismEmissionSplit } from '../subnets/schema.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { Bonds, WeightCommits, Weights } from '../weights/schema.js';
import { getCurrentEpochWithLookahead } from './epochSchedule.js';
import { readEpochParams } from './readEpochParams.js';
import { readVector } from './vectorStorage.js';

/** The per-subnet inputs shared by every mechanism. */
export function readSubnetInputs(state: OverlayState, netuid: NetUid, block: bigint): SubnetInputs {
  const n = SubnetworkN.get(state, [netuid]);
  const stake = getStakeWeightsForNetwork(state, netuid);
  const blockAtRegistration = Array.from({ length: n }, (_, uid) =>
    Keys.contains(state, [netuid, uid]) ? BlockAtRegistration.get(state, [netuid, uid]) : 0n,
  );
  return {
    n,
    currentBlock: block,
    stakeAlpha: stake.alpha,
    stakeTao: stake.tao,
    blockAtRegistration,
    validatorPermit: readVector(state, ValidatorPermit, [netuid], VecBool),
  };
}

/**
 * Earliest unexpired commit-reveal v2 commit block per uid (`null` = none): the first commit of the
 * hotkey's queue whose epoch has not expired. (Timelocked CR v3/v4 commits are not supported.)
 */
export function readCommitBlocks(
  state: OverlayState,
  netuid: NetUid,
  mecid: number,
  block: bigint,
): (bigint | null)[] {
  const n = SubnetworkN.get(state, [netuid]);
  const index = storageIndexOf(netuid, mecid);
  const lastRevealEpoch =
    getCurrentEpochWithLookahead(state, netuid, block) - RevealPeriodEpochs.get(state, [netuid]);
  return Array.from({ length: n }, (_, uid) => {
    const hotkey = Keys.getOption(state, [netuid, uid]);
    if (hotkey === undefined) return null;
    const commits = WeightCommits.getOption(state, [index, hotkey]) ?? [];
    // is_commit_expired: current > commit_epoch + period, i.e. commit_epoch < current - period
    const first = commits.find(([, epoch]) => epoch >= lastRevealEpoch);
    return first === undefined ? null : first[2];
  });
}

/** The per-mechanism inputs (`netuid_index = mecid * 4096 + netuid`). */
export function readMechanismInputs(
  state: OverlayState,
  netuid: NetUid,
  mecid: number,
  block: bigint,
  commitRevealEnabled: boolean,
): MechanismInputs {
  const n = SubnetworkN.get(state, [netuid]);
  const index = storageIndexOf(netuid, mecid);
  const rows = (item: typeof Weights) =>
    Array.from({ length: n }, (_, uid) => readVector(state, item, [index, uid], VecU16Pairs));
  return {
    weights: rows(Weights),
    bonds: rows(Bonds),
    lastUpdate: readVector(state, LastUpdate, [index], VecU64),
    ...(commitRevealEnabled ? { commitBlocks: readCommitBlocks(state, netuid, mecid, block) } : {}),
  };
}

export interface EpochReading<Inputs> {
  readonly inputs: Inputs;
  readonly params: EpochParams;
}

/** Everything one `yuma()` run of mechanism `mecid` reads, distributing `raoEmission`. */
export function readEpochInputs(
  state: OverlayState,
  netuid: NetUid,
  mecid: number,
  block: bigint,
  raoEmission = 0n,
): EpochReading<EpochInputs> {
  const params = readEpochParams(state, netuid);
  const subnet = readSubnetInputs(state, netuid, block);
  const mechanism = readMechanismInputs(state, netuid, mecid, block, params.commitRevealEnabled);
  return { inputs: { ...subnet, ...mechanism, raoEmission }, params };
}

/** Everything `epochWithMechanisms()` reads: every mechanism of the subnet and the emission split. */
export function readMechanismEpochInputs(
  state: OverlayState,
  netuid: NetUid,
  block: bigint,
  raoEmission: bigint,
): EpochReading<MechanismEpochInputs> {
  const params = readEpochParams(state, netuid);
  const count = MechanismCountCurrent.get(state, [netuid]);
  const mechanisms = Array.from({ length: count }, (_, mecid) =>
    readMechanismInputs(state, netuid, mecid, block, params.commitRevealEnabled),
  );
  const emissionSplit = MechanismEmissionSplit.getOption(state, [netuid]) ?? null;
  return {
    inputs: { ...readSubnetInputs(state, netuid, block), raoEmission, mechanisms, emissionSplit },
    params,
  };
}
