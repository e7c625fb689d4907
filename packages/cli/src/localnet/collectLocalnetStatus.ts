/**
 * What `tao localnet status` (and the live view of `up`) shows, read from the chain at one block: the
 * best and finalized block, the issuance, and for each localnet subnet its epochs so far, price, share of
 * the block emission and, per neuron of the roster, its uid, role, incentive, dividends and stake.
 */
import type { Client, DynamicInfo } from '@taonet/sdk';
import type { LocalnetState, StateSubnet } from './localnetState.js';

export interface NeuronStatus {
  uid: number;
  hotkey: string;
  role: 'owner' | 'validator' | 'miner';
  weak: boolean;
  /** fraction of the subnet's incentive at the last epoch (0..1) */
  incentive: number;
  /** fraction of the subnet's dividends at the last epoch (0..1) */
  dividends: number;
  /** alpha staked on the hotkey in the subnet (rao, decimal) */
  stakeRao: string;
}

export interface SubnetStatus {
  netuid: number;
  name: string;
  /** epochs run since the subnet was created */
  epochs: number;
  /** spot price, rao per alpha (decimal) */
  price: string;
  /** its share of the block's TAO emission: its moving price over the sum of the started subnets' (0..1) */
  emissionShare: number;
  neurons: NeuronStatus[];
}

export interface LocalnetStatus {
  block: number;
  finalized: number;
  rpc: string;
  explorer: string | null;
  /** SubtensorModule's TotalIssuance (rao, decimal): grows by the block emission */
  issuanceRao: string;
  /** TAO emitted per block (rao, decimal) */
  blockEmissionRao: string;
  logsDir: string;
  subnets: SubnetStatus[];
}

type Sdk = typeof import('@taonet/sdk');

/** A u64 storage value of SubtensorModule the SDK does not declare yet (keys: an optional u16 netuid). */
async function readU64(
  sdk: Sdk,
  client: Client,
  name: string,
  netuid: number | null,
  at: string,
  fallback = 0n,
): Promise<bigint> {
  const prefix = sdk.getStoragePrefix('SubtensorModule', name);
  const key = netuid === null ? prefix : new Uint8Array([...prefix, netuid & 0xff, netuid >> 8]);
  const [raw] = await sdk.readRawStorage(client, [toHex(key)], at as `0x${string}`);
  return raw === null || raw === undefined ? fallback : decodeU64(raw);
}

function toHex(bytes: Uint8Array): `0x${string}` {
  return `0x${Buffer.from(bytes).toString('hex')}`;
}

/** A SCALE u64 (little-endian) from its hex encoding. */
export function decodeU64(hex: string): bigint {
  const bytes = Buffer.from(hex.replace(/^0x/, ''), 'hex');
  let value = 0n;
  for (let i = Math.min(bytes.length, 8) - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i] ?? 0);
  return value;
}

const U16_MAX = 65_535;

/**
 * A subnet's share of the TAO block emission as the chain computes it (`get_shares`): its moving price
 * over the sum of the moving prices of the started subnets other than root (miner burn not counted).
 */
export function emissionShare(dynamic: readonly DynamicInfo[], netuid: number): number {
  const emitting = dynamic.filter((d) => d.netuid !== 0 && d.started);
  const total = emitting.reduce((sum, d) => sum + d.movingPriceBits, 0n);
  const own = emitting.find((d) => d.netuid === netuid)?.movingPriceBits ?? 0n;
  return total === 0n ? 0 : Number((own * 1_000_000n) / total) / 1_000_000;
}

async function subnetStatus(
  sdk: Sdk,
  client: Client,
  subnet: StateSubnet,
  at: `0x${string}`,
  dynamic: readonly DynamicInfo[],
): Promise<SubnetStatus> {
  const [neurons, epochs] = await Promise.all([
    sdk.getNeuronsLite(client, { netuid: subnet.netuid, at }),
    readU64(sdk, client, 'SubnetEpochIndex', subnet.netuid, at),
  ]);
  const info = dynamic.find((d) => d.netuid === subnet.netuid);
  const byHotkey = new Map(neurons.map((n) => [n.hotkey, n]));
  return {
    netuid: subnet.netuid,
    name: subnet.name,
    epochs: Number(epochs),
    price: (info?.price ?? 0n).toString(),
    emissionShare: emissionShare(dynamic, subnet.netuid),
    neurons: subnet.neurons.flatMap((member) => {
      const onChain = byHotkey.get(member.hotkey);
      if (onChain === undefined) return [];
      return [
        {
          uid: onChain.uid,
          hotkey: member.hotkey,
          role: member.role,
          weak: member.weak,
          incentive: onChain.incentive / U16_MAX,
          dividends: onChain.dividends / U16_MAX,
          stakeRao: onChain.stake.toString(),
        },
      ];
    }),
  };
}

export async function collectLocalnetStatus(client: Client, state: LocalnetState): Promise<LocalnetStatus> {
  const sdk = await import('@taonet/sdk');
  const [best, finalized] = await Promise.all([sdk.getBestBlock(client), sdk.getFinalizedHead(client)]);
  const at = best.hash;
  const [issuance, emission, dynamic] = await Promise.all([
    sdk.getTotalIssuance(client, { at }),
    readU64(sdk, client, 'BlockEmission', null, at, 1_000_000_000n),
    sdk.getAllDynamicInfo(client, { at }),
  ]);
  const subnets = await Promise.all(state.subnets.map((s) => subnetStatus(sdk, client, s, at, dynamic)));
  return {
    block: best.number,
    finalized: finalized.number,
    rpc: state.rpc,
    explorer: state.explorer,
    issuanceRao: issuance.subtensorIssuance.toString(),
    blockEmissionRao: emission.toString(),
    logsDir: state.logsDir,
    subnets,
  };
}
