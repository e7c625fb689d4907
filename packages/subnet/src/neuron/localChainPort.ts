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

export function createLocalChainPort(opts: { startBlock?: number } = {}): LocalChainPort {
  let block = opts.startBlock ?? 1;
  const subnets = new Map<number, LocalSubnet>();
  const listeners = new Set<BlockListener>();
  const extrinsics: LocalExtrinsic[] = [];
  let timer: NodeJS.Timeout | null = null;

  const subnetOf = (netuid: number): LocalSubnet => {
    const subnet = subnets.get(netuid);
    if (subnet === undefined) throw new TaonetError('SUBNET_NOT_FOUND', `subnet ${netuid} does not exist`);
    return subnet;
  };

  /** Runs an extrinsic body at the head block; a LocalDispatchError becomes `{ ok: false }`. */
  const submit = async <P extends { netuid: NetUid }>(
    call: LocalExtrinsic['call'],
    hotkey: Keypair,
    params: P,
    body: (subnet: LocalSubnet, hotkey: Keypair, params: P, block: number) => void,
  ): Promise<ExtrinsicResult> => {
    let result: ExtrinsicResult;
    try {
      const subnet = subnets.get(params.netuid);
      ensureDispatch(subnet !== undefined, 'SubNetworkDoesNotExist');
      body(subnet, hotkey, params, block);
      result = { ok: true, block };
    } catch (error) {
      if (!(error instanceof LocalDispatchError)) throw error;
      result = { ok: false, error: error.error, message: `SubtensorModule.${error.error}` };
    }
    extrinsics.push({ block, call, hotkey: hotkey.address, netuid: params.netuid, result });
    return result;
  };

  const advanceOne = async (): Promise<void> => {
    block++;
    for (const subnet of subnets.values()) {
      if (subnet.hparams.tempo > 0 && block - subnet.lastEpochBlock >= subnet.hparams.tempo) {
        runLocalEpoch(subnet, block);
      }
    }
    for (const listener of [...listeners]) await listener(block);
  };

  const port: LocalChainPort = {
    get block() {
      return block;
    },
    extrinsics,
    addSubnet(netuid, subnetOpts = {}) {
      const { maxAllowedUids, emissionPerBlock, ...hparams } = subnetOpts;
      subnets.set(netuid, {
        netuid,
        hparams: { ...DEFAULT_LOCAL_HYPERPARAMETERS, ...hparams },
        maxAllowedUids: maxAllowedUids ?? 256,
        emissionPerBlock: emissionPerBlock ?? 1_000_000_000n,
        neurons: [],
        commits: new Map(),
        epochIndex: 0,
        lastEpochBlock: block,
      });
    },
    setHyperparameters(netuid, hparams) {
      const subnet = subnetOf(netuid);
      subnet.hparams = { ...subnet.hparams, ...hparams };
    },
    register: (netuid, registration) => registerNeuron(subnetOf(netuid), registration, block),
    setStake(netuid, hotkey, stake, validatorPermit) {
      const subnet = subnetOf(netuid);
      const uid = getUidOf(subnet, hotkey);
      if (uid === null) throw new TaonetError('NOT_REGISTERED', `${hotkey} is not registered`);
      subnet.neurons[uid]!.stake = stake;
      if (validatorPermit !== undefined) subnet.neurons[uid]!.validatorPermit = validatorPermit;
    },
    getWeights: (netuid, uid) => subnetOf(netuid).neurons[uid]?.weights ?? [],
    async advance(blocks = 1) {
      for (let i = 0; i < blocks; i++) await advanceOne();
    },
    startBlockTimer(intervalMs) {
      if (timer !== null) return;
      const tick = () => {
        timer = setTimeout(() => {
          void advanceOne().finally(() => {
            if (timer !== null) tick();
          });
        }, intervalMs);
      };
      tick();
    },
    stopBlockTimer() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },

    getBlockNumber: async () => block,
    subscribeBlocks(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getMetagraph: async (netuid) => toSnapshot(subnetOf(netuid), block),
    getHyperparameters: async (netuid) => ({ ...subnetOf(netuid).hparams }),
    async getEpoch(netuid): Promise<EpochInfo> {
      const subnet = subnetOf(netuid);
      const next = subnet.lastEpochBlock + subnet.hparams.tempo;
      return {
        index: subnet.epochIndex,
        blocksUntilNext: Math.max(0, next - block),
        tempo: subnet.hparams.tempo,
        blocksSinceLastStep: block - subnet.lastEpochBlock,
        nextEpochBlock: next,
      };
    },
    getWeightCommits: async (netuid, hotkey) =>
      (subnetOf(netuid).commits.get(hotkey) ?? []).map((commit) => ({ ...commit })),
    isRegistered: async (netuid, hotkey) => getUidOf(subnetOf(netuid), hotkey) !== null,

    setWeights: (hotkey, params) => submit('set_weights', hotkey, params, processLocalSetWeights),
    commitWeights: (hotkey, params) => submit('commit_weights', hotkey, params, processLocalCommit),
    revealWeights: (hotkey, params) => submit('reveal_weights', hotkey, params, processLocalReveal),
    serveAxon: (hotkey, params) => submit('serve_axon', hotkey, params, processLocalServeAxon),
  };
  return port;
}
