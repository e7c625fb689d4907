/**
 * An in-memory chain behind the `ChainPort` interface, for tests and `--no-chain` runs: deterministic,
 * blocks advanced by hand (`await chain.advance(n)`, which also waits for the block listeners) or by a
 * timer (`startBlockTimer(ms)`). Extrinsics apply at once, at the head block, with subtensor's checks and
 * error names (localSubnet.ts); signatures are not checked (the caller holds the key).
 *
 *   const chain = createLocalChainPort();
 *   chain.addSubnet(1, { tempo: 10, weightsRateLimit: 2 });
 *   chain.register(1, { hotkey: validator.address, stake: 1_000n * 10n ** 9n, validatorPermit: true });
 *   chain.register(1, { hotkey: miner.address, axon: { ip: '127.0.0.1', port: 8091 } });
 *   await chain.advance(10);
 */
import type { Keypair } from '@taonet/crypto';
import { type NetUid, netUid, type Ss58, TaonetError } from '@taonet/primitives';
import type {
  BlockListener,
  ChainPort,
  EpochInfo,
  ExtrinsicResult,
  MetagraphSnapshot,
  NeuronHyperparameters,
} from './chainPort.js';
import {
  processLocalCommit,
  processLocalReveal,
  processLocalServeAxon,
  processLocalSetWeights,
} from './localExtrinsics.js';
import {
  DEFAULT_LOCAL_HYPERPARAMETERS,
  ensureDispatch,
  getUidOf,
  getUidToPrune,
  LocalDispatchError,
  type LocalNeuron,
  type LocalSubnet,
  runLocalEpoch,
  UNSERVED_AXON,
} from './localSubnet.js';

export interface LocalSubnetOpts extends Partial<NeuronHyperparameters> {
  /** Default 256; a registration beyond replaces the lowest-incentive neuron out of immunity. */
  maxAllowedUids?: number;
  /** Alpha rao per block paid out at epochs (default 1e9). */
  emissionPerBlock?: bigint;
}

export interface LocalRegistration {
  hotkey: string;
  /** The hotkey unless given. */
  coldkey?: string;
  /** Alpha rao. */
  stake?: bigint;
  validatorPermit?: boolean;
  /** An axon already served. */
  axon?: { ip: string; port: number; ipType?: 4 | 6; version?: number };
  /** Take this uid (the neuron there is deregistered), as a registration on a full subnet does. */
  replaceUid?: number;
}

/** An extrinsic the local chain received, for tests. */
export interface LocalExtrinsic {
  block: number;
  call: 'set_weights' | 'commit_weights' | 'reveal_weights' | 'serve_axon';
  hotkey: string;
  netuid: number;
  result: ExtrinsicResult;
}

export interface LocalChainPort extends ChainPort {
  readonly block: number;
  readonly extrinsics: readonly LocalExtrinsic[];
  addSubnet(netuid: number, opts?: LocalSubnetOpts): void;
  setHyperparameters(netuid: number, hparams: Partial<NeuronHyperparameters>): void;
  /** Registers a hotkey; returns its uid. */
  register(netuid: number, registration: LocalRegistration): number;
  setStake(netuid: number, hotkey: string, stake: bigint, validatorPermit?: boolean): void;
  /** The stored weights of a uid: (uid, u16) pairs as the chain keeps them. */
  getWeights(netuid: number, uid: number): readonly (readonly [number, number])[];
  /** Produces `blocks` blocks (epochs run when due), awaiting every block listener after each. */
  advance(blocks?: number): Promise<void>;
  startBlockTimer(intervalMs: number): void;
  stopBlockTimer(): void;
}

function createNeuron(registration: LocalRegistration, block: number): LocalNeuron {
  const hotkey = registration.hotkey as Ss58;
  const coldkey = (registration.coldkey ?? registration.hotkey) as Ss58;
  const axon = registration.axon;
  return {
    hotkey,
    coldkey,
    stake: registration.stake ?? 0n,
    validatorPermit: registration.validatorPermit ?? false,
    lastUpdate: block,
    blockAtRegistration: block,
    incentive: 0,
    dividends: 0,
    emission: 0n,
    axon:
      axon === undefined
        ? { ...UNSERVED_AXON, hotkey, coldkey }
        : {
            ...UNSERVED_AXON,
            ip: axon.ip,
            port: axon.port,
            ipType: axon.ipType ?? (axon.ip.includes(':') ? 6 : 4),
            version: axon.version ?? 0,
            hotkey,
            coldkey,
          },
    lastServed: 0,
    weights: [],
  };
}

function registerNeuron(subnet: LocalSubnet, registration: LocalRegistration, block: number): number {
  if (getUidOf(subnet, registration.hotkey) !== null) {
    throw new TaonetError('ALREADY_REGISTERED', `${registration.hotkey} is already registered`);
  }
  let uid = registration.replaceUid ?? subnet.neurons.length;
  if (registration.replaceUid === undefined && uid >= subnet.maxAllowedUids)
    uid = getUidToPrune(subnet, block);
  if (uid > subnet.neurons.length) throw new TaonetError('INVALID_UID', `uid ${uid} does not exist`);
  const old = subnet.neurons[uid];
  if (old !== undefined) subnet.commits.delete(old.hotkey);
  subnet.neurons[uid] = createNeuron(registration, block);
  return uid;
}

function toSnapshot(subnet: LocalSubnet, block: number): MetagraphSnapshot {
  const { neurons } = subnet;
  const column = <T>(pick: (neuron: LocalNeuron) => T): T[] => neurons.map(pick);
  return {
    netuid: netUid(subnet.netuid),
    mechid: 0,
    block,
    n: neurons.length,
    uids: neurons.map((_, uid) => uid),
    hotkeys: column((x) => x.hotkey as Ss58),
    coldkeys: column((x) => x.coldkey as Ss58),
    active: column(() => true),
    validatorPermit: column((x) => x.validatorPermit),
    lastUpdate: column((x) => x.lastUpdate),
    blockAtRegistration: column((x) => x.blockAtRegistration),
    stake: column((x) => x.stake),
    alphaStake: column((x) => x.stake),
    taoStake: column(() => 0n),
    consensus: column(() => 0),
    incentive: column((x) => x.incentive),
    dividends: column((x) => x.dividends),
    validatorTrust: column(() => 0),
    emission: column((x) => x.emission),
    axons: column((x) => ({ ...x.axon })),
  };
}

/** The local chain's mutable state, shared by its reads, its extrinsics and its block production. */
interface LocalChainState {
  block: number;
  readonly subnets: Map<number, LocalSubnet>;
  readonly listeners: Set<BlockListener>;
  readonly extrinsics: LocalExtrinsic[];
  timer: NodeJS.Timeout | null;
}

function subnetOf(state: LocalChainState, netuid: number): LocalSubnet {
  const subnet = state.subnets.get(netuid);
  if (subnet === undefined) throw new TaonetError('SUBNET_NOT_FOUND', `subnet ${netuid} does not exist`);
  return subnet;
}

/** Runs an extrinsic body at the head block; a LocalDispatchError becomes `{ ok: false }`. */
async function submitLocal<P extends { netuid: NetUid }>(
  state: LocalChainState,
  call: LocalExtrinsic['call'],
  hotkey: Keypair,
  params: P,
  body: (subnet: LocalSubnet, hotkey: Keypair, params: P, block: number) => void,
): Promise<ExtrinsicResult> {
  const { block } = state;
  let result: ExtrinsicResult;
  try {
    const subnet = state.subnets.get(params.netuid);
    ensureDispatch(subnet !== undefined, 'SubNetworkDoesNotExist');
    body(subnet, hotkey, params, block);
    result = { ok: true, block };
  } catch (error) {
    if (!(error instanceof LocalDispatchError)) throw error;
    result = { ok: false, error: error.error, message: `SubtensorModule.${error.error}` };
  }
  state.extrinsics.push({ block, call, hotkey: hotkey.address, netuid: params.netuid, result });
  return result;
}

/** Produces one block: runs the epochs due, then awaits every block listener. */
async function advanceOne(state: LocalChainState): Promise<void> {
  const block = ++state.block;
  for (const subnet of state.subnets.values()) {
    if (subnet.hparams.tempo > 0 && block - subnet.lastEpochBlock >= subnet.hparams.tempo) {
      runLocalEpoch(subnet, block);
    }
  }
  for (const listener of [...state.listeners]) await listener(block);
}

type LocalSetup = Pick<
  LocalChainPort,
  'addSubnet' | 'setHyperparameters' | 'register' | 'setStake' | 'getWeights'
>;

/** What a test sets up by hand: subnets, their hyperparameters, registrations and stake. */
function createLocalSetup(state: LocalChainState): LocalSetup {
  return {
    addSubnet(netuid, subnetOpts = {}) {
      const { maxAllowedUids, emissionPerBlock, ...hparams } = subnetOpts;
      state.subnets.set(netuid, {
        netuid,
        hparams: { ...DEFAULT_LOCAL_HYPERPARAMETERS, ...hparams },
        maxAllowedUids: maxAllowedUids ?? 256,
        emissionPerBlock: emissionPerBlock ?? 1_000_000_000n,
        neurons: [],
        commits: new Map(),
        epochIndex: 0,
        lastEpochBlock: state.block,
      });
    },
    setHyperparameters(netuid, hparams) {
      const subnet = subnetOf(state, netuid);
      subnet.hparams = { ...subnet.hparams, ...hparams };
    },
    register: (netuid, registration) => registerNeuron(subnetOf(state, netuid), registration, state.block),
    setStake(netuid, hotkey, stake, validatorPermit) {
      const subnet = subnetOf(state, netuid);
      const uid = getUidOf(subnet, hotkey);
      if (uid === null) throw new TaonetError('NOT_REGISTERED', `${hotkey} is not registered`);
      subnet.neurons[uid]!.stake = stake;
      if (validatorPermit !== undefined) subnet.neurons[uid]!.validatorPermit = validatorPermit;
    },
    getWeights: (netuid, uid) => subnetOf(state, netuid).neurons[uid]?.weights ?? [],
  };
}

/** Block production: by hand (`advance`) or by a timer. */
function createLocalBlockClock(
  state: LocalChainState,
): Pick<LocalChainPort, 'advance' | 'startBlockTimer' | 'stopBlockTimer'> {
  return {
    async advance(blocks = 1) {
      for (let i = 0; i < blocks; i++) await advanceOne(state);
    },
    startBlockTimer(intervalMs) {
      if (state.timer !== null) return;
      const tick = () => {
        state.timer = setTimeout(() => {
          void advanceOne(state).finally(() => {
            if (state.timer !== null) tick();
          });
        }, intervalMs);
      };
      tick();
    },
    stopBlockTimer() {
      if (state.timer !== null) clearTimeout(state.timer);
      state.timer = null;
    },
  };
}

type LocalQueries = Pick<
  ChainPort,
  | 'getBlockNumber'
  | 'subscribeBlocks'
  | 'getMetagraph'
  | 'getHyperparameters'
  | 'getEpoch'
  | 'getWeightCommits'
  | 'isRegistered'
>;

/** The `ChainPort` reads, at the head block. */
function createLocalQueries(state: LocalChainState): LocalQueries {
  return {
    getBlockNumber: async () => state.block,
    subscribeBlocks(listener) {
      state.listeners.add(listener);
      return () => state.listeners.delete(listener);
    },
    getMetagraph: async (netuid) => toSnapshot(subnetOf(state, netuid), state.block),
    getHyperparameters: async (netuid) => ({ ...subnetOf(state, netuid).hparams }),
    async getEpoch(netuid): Promise<EpochInfo> {
      const subnet = subnetOf(state, netuid);
      const next = subnet.lastEpochBlock + subnet.hparams.tempo;
      return {
        index: subnet.epochIndex,
        blocksUntilNext: Math.max(0, next - state.block),
        tempo: subnet.hparams.tempo,
        blocksSinceLastStep: state.block - subnet.lastEpochBlock,
        nextEpochBlock: next,
      };
    },
    getWeightCommits: async (netuid, hotkey) =>
      (subnetOf(state, netuid).commits.get(hotkey) ?? []).map((commit) => ({ ...commit })),
    isRegistered: async (netuid, hotkey) => getUidOf(subnetOf(state, netuid), hotkey) !== null,
  };
}

export function createLocalChainPort(opts: { startBlock?: number } = {}): LocalChainPort {
  const state: LocalChainState = {
    block: opts.startBlock ?? 1,
    subnets: new Map(),
    listeners: new Set(),
    extrinsics: [],
    timer: null,
  };
  return {
    get block() {
      return state.block;
    },
    extrinsics: state.extrinsics,
    ...createLocalSetup(state),
    ...createLocalBlockClock(state),
    ...createLocalQueries(state),
    setWeights: (hotkey, params) => submitLocal(state, 'set_weights', hotkey, params, processLocalSetWeights),
    commitWeights: (hotkey, params) =>
      submitLocal(state, 'commit_weights', hotkey, params, processLocalCommit),
    revealWeights: (hotkey, params) =>
      submitLocal(state, 'reveal_weights', hotkey, params, processLocalReveal),
    serveAxon: (hotkey, params) => submitLocal(state, 'serve_axon', hotkey, params, processLocalServeAxon),
  };
}
