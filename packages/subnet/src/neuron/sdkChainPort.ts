/**
 * `ChainPort` over the SDK's chain client, so that `Miner` and `Validator` run against a real node:
 *
 *   const chain = createSdkChainPort({ url: 'ws://127.0.0.1:9944' });   // or { client }
 *   const miner = new Miner({ netuid: 1, hotkey, axon: { port: 8091 } }, { chain });
 *   ...
 *   await chain.close();   // the head subscription, and the client when the port created it
 *
 * Blocks come from one `chain_subscribeNewHeads` subscription shared by every listener (opened with the
 * first, closed with the last); numbers reach listeners in increasing order, a re-announced or older head is
 * skipped. The metagraph is the SDK's `syncMetagraph` (every column read at one pinned block). Extrinsics are
 * signed by the hotkey, resolved once in a block, and their outcome mapped to `ExtrinsicResult`: a runtime
 * refusal gives subtensor's error name (`SettingWeightsTooFast`, ...), a pool refusal or a lost connection
 * the SDK error's code (`TX_REJECTED`, `TIMEOUT`, `CONNECTION`, ...); neither throws.
 */
import type { Keypair } from '@taonet/crypto';
import { type AccountId, type Hash, type NetUid, netUid, type Ss58, TaonetError } from '@taonet/primitives';
import {
  BlocksSinceLastStep,
  type Call,
  type Client,
  commitMechanismWeightsCall,
  commitWeightsCall,
  createClient,
  encodeCall,
  getBestBlock,
  getHyperparameters,
  getUidForHotkey,
  type Metagraph,
  readStorage,
  readStorageBatch,
  revealMechanismWeightsCall,
  revealWeightsCall,
  SdkError,
  type SubnetHyperparameters,
  sendTransaction,
  serveAxon,
  setMechanismWeightsCall,
  setWeightsCall,
  syncMetagraph,
  Tempo,
  type TransactionReceipt,
  TransactionRejectedError,
  toAccountId,
} from '@taonet/sdk';
import type {
  ChainAxonInfo,
  ChainPort,
  CommitWeightsParams,
  EpochInfo,
  ExtrinsicResult,
  MetagraphSnapshot,
  NeuronHyperparameters,
  RevealWeightsParams,
  ServeAxonParams,
  SetWeightsParams,
  WeightCommitInfo,
} from './chainPort.js';
import { getNetuidIndex } from './commitHash.js';
import {
  type EpochSchedule,
  getEpochWithLookahead,
  LastEpochBlock,
  PendingEpochAt,
  SubnetEpochIndex,
  WeightCommits,
} from './neuronStorage.js';
import { createHeadFanout } from './sdkHeadFanout.js';

export interface SdkChainPortOpts {
  /** A client to use (the caller closes it), or */
  client?: Client;
  /** the node's WebSocket URL: the port creates its client and closes it on `close()`. */
  url?: string;
  /** Per-request timeout of a created client (default 30 s). */
  timeoutMs?: number;
  /** How long an extrinsic may take to reach a block (default 60 s). */
  inclusionTimeoutMs?: number;
  /** Told when the head subscription fails (it is retried by the client's reconnection). */
  onError?: (error: Error) => void;
}

export interface SdkChainPort extends ChainPort {
  readonly client: Client;
  /** Ends the head subscription, and closes the client when the port created it. */
  close(): Promise<void>;
}

const U16_MAX = 65_535;
const u16Fraction = (values: readonly number[]): number[] => values.map((value) => value / U16_MAX);

function toChainAxon(metagraph: Metagraph, uid: number): ChainAxonInfo {
  const axon = metagraph.axons[uid]!;
  return {
    version: axon.version,
    ip: axon.ip,
    port: axon.port,
    ipType: axon.ipType === 6 ? 6 : 4,
    protocol: axon.protocol,
    placeholder1: 0,
    placeholder2: 0,
    hotkey: metagraph.hotkeys[uid] as Ss58,
    coldkey: metagraph.coldkeys[uid] as Ss58,
  };
}

/** The SDK's `Metagraph` as the neuron framework's snapshot (u16 columns as fractions). */
export function toMetagraphSnapshot(metagraph: Metagraph): MetagraphSnapshot {
  return {
    netuid: netUid(metagraph.netuid),
    mechid: metagraph.mechid,
    block: metagraph.block,
    n: metagraph.n,
    uids: metagraph.uids,
    hotkeys: metagraph.hotkeys as readonly Ss58[],
    coldkeys: metagraph.coldkeys as readonly Ss58[],
    active: metagraph.active,
    validatorPermit: metagraph.validatorPermit,
    lastUpdate: metagraph.lastUpdate,
    blockAtRegistration: metagraph.blockAtRegistration.map(Number),
    stake: metagraph.stake,
    alphaStake: metagraph.alphaStake,
    taoStake: metagraph.taoStake,
    consensus: u16Fraction(metagraph.consensus),
    incentive: u16Fraction(metagraph.incentive),
    dividends: u16Fraction(metagraph.dividends),
    validatorTrust: u16Fraction(metagraph.validatorTrust),
    emission: metagraph.emission,
    axons: metagraph.uids.map((_, i) => toChainAxon(metagraph, i)),
  };
}

/** The outcome of a sent transaction: a receipt, or the refusal the SDK threw. */
export function toExtrinsicResult(outcome: TransactionReceipt | unknown): ExtrinsicResult {
  if (outcome instanceof Error) {
    if (outcome instanceof TransactionRejectedError) {
      return {
        ok: false,
        error: outcome.code,
        message: `${outcome.message}: ${outcome.detail ?? ''}`.trim(),
      };
    }
    const code = outcome instanceof TaonetError ? outcome.code : 'UNKNOWN';
    const detail = outcome instanceof SdkError && outcome.detail !== undefined ? `: ${outcome.detail}` : '';
    return { ok: false, error: code, message: `${outcome.message}${detail}` };
  }
  const receipt = outcome as TransactionReceipt;
  if (receipt.error === undefined) return { ok: true, block: receipt.blockNumber };
  const { pallet, name, docs, detail } = receipt.error;
  const more = detail === undefined ? '' : ` (${detail})`;
  return { ok: false, error: name, message: `${pallet}.${name}: ${docs}${more}` };
}

function missingSubnet(netuid: NetUid): TaonetError {
  return new TaonetError('SUBNET_NOT_FOUND', `subnet ${netuid} does not exist`, { details: { netuid } });
}

/** The epoch schedule of a subnet, read at the best block. */
async function readEpochSchedule(
  client: Client,
  netuid: NetUid,
): Promise<{ block: number; schedule: EpochSchedule }> {
  const best = await getBestBlock(client);
  const keys = [netuid as number];
  const items = [Tempo, LastEpochBlock, PendingEpochAt, BlocksSinceLastStep, SubnetEpochIndex];
  const [tempo, lastEpochBlock, pendingEpochAt, blocksSinceLastStep, epochIndex] = await readStorageBatch(
    client,
    {
      queries: items.map((item) => ({ item, keys })),
      at: best.hash,
    },
  );
  return {
    block: best.number,
    schedule: {
      tempo: BigInt(tempo as number),
      lastEpochBlock: lastEpochBlock as bigint,
      pendingEpochAt: pendingEpochAt as bigint,
      blocksSinceLastStep: blocksSinceLastStep as bigint,
      epochIndex: epochIndex as bigint,
    },
  };
}

function toNeuronHyperparameters(h: SubnetHyperparameters): NeuronHyperparameters {
  return {
    tempo: h.tempo,
    weightsRateLimit: Number(h.weightsRateLimit),
    commitRevealWeightsEnabled: h.commitRevealWeightsEnabled,
    commitRevealPeriod: Number(h.commitRevealPeriod),
    weightsVersion: h.weightsVersion,
    minAllowedWeights: h.minAllowedWeights,
    maxWeightsLimit: h.maxWeightsLimit,
    servingRateLimit: Number(h.servingRateLimit),
    immunityPeriod: h.immunityPeriod,
  };
}

function buildSetWeightsCall(params: SetWeightsParams): Call {
  const { netuid, mechid = 0, versionKey } = params;
  const args = { netuid, dests: [...params.uids], weights: [...params.values], version_key: versionKey };
  return mechid === 0
    ? encodeCall(setWeightsCall, args)
    : encodeCall(setMechanismWeightsCall, { ...args, mecid: mechid });
}

function buildCommitWeightsCall(params: CommitWeightsParams): Call {
  const { netuid, mechid = 0 } = params;
  const commit_hash = params.commitHash as Hash;
  return mechid === 0
    ? encodeCall(commitWeightsCall, { netuid, commit_hash })
    : encodeCall(commitMechanismWeightsCall, { netuid, mecid: mechid, commit_hash });
}

function buildRevealWeightsCall(params: RevealWeightsParams): Call {
  const { netuid, mechid = 0 } = params;
  const args = {
    netuid,
    uids: [...params.uids],
    values: [...params.values],
    salt: [...params.salt],
    version_key: params.versionKey,
  };
  return mechid === 0
    ? encodeCall(revealWeightsCall, args)
    : encodeCall(revealMechanismWeightsCall, { ...args, mecid: mechid });
}

export function createSdkChainPort(opts: SdkChainPortOpts): SdkChainPort {
  if (opts.client === undefined && opts.url === undefined) {
    throw new TaonetError('CHAIN_REQUIRED', 'createSdkChainPort needs a client or a url');
  }
  const owned = opts.client === undefined;
  const client = opts.client ?? createClient({ url: opts.url!, timeoutMs: opts.timeoutMs ?? 30_000 });
  const waitTimeoutMs = opts.inclusionTimeoutMs ?? 60_000;
  let closed = false;
  const report = (error: unknown) =>
    opts.onError?.(error instanceof Error ? error : new Error(String(error)));
  const heads = createHeadFanout(client, report);

  /** Signs and sends; a refusal resolves as `{ ok: false }`. */
  const send = async (hotkey: Keypair, call: Call): Promise<ExtrinsicResult> => {
    try {
      return toExtrinsicResult(
        await sendTransaction(client, { signer: hotkey, call, throwOnFailure: false, waitTimeoutMs }),
      );
    } catch (error) {
      if (error instanceof TaonetError) return toExtrinsicResult(error);
      throw error;
    }
  };

  return {
    client,

    getBlockNumber: async () => (await getBestBlock(client)).number,

    subscribeBlocks: (listener) => (closed ? () => {} : heads.subscribe(listener)),

    async getMetagraph(netuid) {
      return toMetagraphSnapshot(await syncMetagraph(client, { netuid }));
    },

    async getHyperparameters(netuid): Promise<NeuronHyperparameters> {
      const h = await getHyperparameters(client, { netuid });
      if (h === undefined) throw missingSubnet(netuid);
      return toNeuronHyperparameters(h);
    },

    async getEpoch(netuid): Promise<EpochInfo> {
      const { block, schedule } = await readEpochSchedule(client, netuid);
      const next = schedule.lastEpochBlock + schedule.tempo;
      const head = BigInt(block);
      return {
        // what an extrinsic in the next block sees
        index: Number(getEpochWithLookahead(schedule, head + 1n)),
        blocksUntilNext: Number(next > head ? next - head : 0n),
        tempo: Number(schedule.tempo),
        blocksSinceLastStep: Number(schedule.blocksSinceLastStep),
        nextEpochBlock: Number(next),
      };
    },

    async getWeightCommits(netuid, hotkey): Promise<readonly WeightCommitInfo[]> {
      const keys: [number, AccountId] = [getNetuidIndex(netuid), toAccountId(hotkey, 'hotkey')];
      const commits = (await readStorage(client, { item: WeightCommits, keys })) ?? [];
      return commits.map(([hash, commitEpoch, commitBlock]) => ({
        hash,
        commitEpoch: Number(commitEpoch),
        commitBlock: Number(commitBlock),
      }));
    },

    isRegistered: async (netuid, hotkey) => (await getUidForHotkey(client, { netuid, hotkey })) !== undefined,

    setWeights: (hotkey, params: SetWeightsParams) => send(hotkey, buildSetWeightsCall(params)),

    commitWeights: (hotkey, params: CommitWeightsParams) => send(hotkey, buildCommitWeightsCall(params)),

    revealWeights: (hotkey, params: RevealWeightsParams) => send(hotkey, buildRevealWeightsCall(params)),

    async serveAxon(hotkey, params: ServeAxonParams) {
      try {
        const receipt = await serveAxon(client, {
          signer: hotkey,
          netuid: params.netuid,
          ip: params.ip,
          port: params.port,
          version: params.version,
          protocol: params.protocol ?? 4,
          throwOnFailure: false,
          waitTimeoutMs,
        });
        return toExtrinsicResult(receipt);
      } catch (error) {
        if (error instanceof TaonetError) return toExtrinsicResult(error);
        throw error;
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      await heads.stop();
      if (owned) await client.close();
    },
  };
}
