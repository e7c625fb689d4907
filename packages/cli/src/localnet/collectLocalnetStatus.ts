/**
 * What `tao localnet status` (and the live view of `up`) shows, read from the chain at one block: the
 * best and finalized block, the issuance, and for each localnet subnet its epochs so far, price, share of
 * the block emission and, per neuron of the roster, its uid, role, incentive, dividends and stake.
 * `--json` prints the part the localnet's contract names (`toStatusJson`): the issuance, the block
 * emission, the logs folder and the emission shares are for people only.
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

/** `tao localnet status --json`'s `data`, exactly: no more keys than these. */
export interface LocalnetStatusJson {
  block: number;
  finalized: number;
  rpc: string;
  explorer: string | null;
  subnets: {
    netuid: number;
    name: string;
    epochs: number;
    price: string;
    neurons: NeuronStatus[];
  }[];
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
 * A subnet's share of the TAO block emission as the chain computes it (`get_shares`, economics.md §2.4):
 * its moving price over the sum of the moving prices of the started subnets other than root; a subnet whose
 * `SubnetEmissionEnabled` is off (`disabled`) gets none and the others share the whole emission (miner
 * burn not counted).
 */
export function emissionShare(
  dynamic: readonly DynamicInfo[],
  netuid: number,
  disabled: ReadonlySet<number> = new Set(),
): number {
  const emitting = dynamic.filter((d) => d.netuid !== 0 && d.started && !disabled.has(d.netuid));
  const total = emitting.reduce((sum, d) => sum + d.movingPriceBits, 0n);
  const own = emitting.find((d) => d.netuid === netuid)?.movingPriceBits ?? 0n;
  return total === 0n ? 0 : Number((own * 1_000_000n) / total) / 1_000_000;
}

/** The started subnets whose TAO emission is switched off (`SubnetEmissionEnabled`, default on). */
async function emissionDisabled(
  sdk: Sdk,
  client: Client,
  dynamic: readonly DynamicInfo[],
  at: `0x${string}`,
): Promise<Set<number>> {
  const started = dynamic.filter((d) => d.netuid !== 0 && d.started).map((d) => d.netuid);
  const prefix = sdk.getStoragePrefix('SubtensorModule', 'SubnetEmissionEnabled');
  const keys = started.map((netuid) => toHex(new Uint8Array([...prefix, netuid & 0xff, netuid >> 8])));
  const values = keys.length === 0 ? [] : await sdk.readRawStorage(client, keys, at);
  return new Set(started.filter((_, i) => values[i] === '0x00'));
}

/** The `--json` part of a status: the keys the localnet's contract names, in its order. */
export function toStatusJson(status: LocalnetStatus): LocalnetStatusJson {
  return {
    block: status.block,
    finalized: status.finalized,
    rpc: status.rpc,
    explorer: status.explorer,
    subnets: status.subnets.map(({ netuid, name, epochs, price, neurons }) => ({
      netuid,
      name,
      epochs,
      price,
      neurons: neurons.map(({ uid, hotkey, role, weak, incentive, dividends, stakeRao }) => ({
        uid,
        hotkey,
        role,
        weak,
        incentive,
        dividends,
        stakeRao,
      })),
    })),
  };
}

async function subnetStatus(
  sdk: Sdk,
  client: Client,
  subnet: StateSubnet,
  at: `0x${string}`,
  dynamic: readonly DynamicInfo[],
  disabled: ReadonlySet<number>,
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
    emissionShare: emissionShare(dynamic, subnet.netuid, disabled),
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
  // the finalized head first: the best block read after it is never behind it
  const finalized = await sdk.getFinalizedHead(client);
  const best = await sdk.getBestBlock(client);
  const at = best.hash;
  const [issuance, emission, dynamic] = await Promise.all([
    sdk.getTotalIssuance(client, { at }),
    readU64(sdk, client, 'BlockEmission', null, at, 1_000_000_000n),
    sdk.getAllDynamicInfo(client, { at }),
  ]);
  const disabled = await emissionDisabled(sdk, client, dynamic, at);
  const subnets = await Promise.all(
    state.subnets.map((s) => subnetStatus(sdk, client, s, at, dynamic, disabled)),
  );
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
