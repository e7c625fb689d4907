/**
 * `Metagraph`: an immutable snapshot of a subnet at one block, in columns indexed by uid (the Python
 * SDK's fields, client.md §3): keys, stake (bigint rao: alpha, root TAO, and their weighted total),
 * consensus values (u16 integers: `normalized(column)` gives fractions), emission, activity, validator
 * permits, axons, registration blocks, plus the subnet's dynamic info and hyperparameters. `sync()` makes
 * a new snapshot at the best block; weights and bonds are read on demand at the snapshot's block.
 */
import type { Client } from '../client/createClient.js';
import { SdkError } from '../errors/sdkError.js';
import type { DynamicInfo } from '../queries/getDynamicInfo.js';
import type { SubnetHyperparameters } from '../queries/getHyperparameters.js';
import type { AxonInfo } from '../queries/getNeurons.js';
import type { BlockHash } from '../queries/readStorage.js';

/** Per-uid columns that hold u16 fractions. */
export type U16Column =
  | 'ranks'
  | 'trust'
  | 'consensus'
  | 'incentive'
  | 'dividends'
  | 'validatorTrust'
  | 'pruningScore';

export interface MetagraphData {
  readonly netuid: number;
  readonly mechid: number;
  readonly block: number;
  readonly blockHash: BlockHash;
  readonly uids: readonly number[];
  readonly hotkeys: readonly string[];
  readonly coldkeys: readonly string[];
  /**
   * alpha staked to each hotkey on the subnet, after child/parent delegation (what Yuma reads; equal to
   * the hotkey's own stake when it has no child or parent keys), rao
   */
  readonly alphaStake: readonly bigint[];
  /** TAO staked to each hotkey on root, after the subnet's child/parent delegation (rao) */
  readonly taoStake: readonly bigint[];
  /** alphaStake + taoStake * taoWeight: the stake weight Yuma uses */
  readonly stake: readonly bigint[];
  readonly ranks: readonly number[];
  readonly trust: readonly number[];
  readonly consensus: readonly number[];
  readonly incentive: readonly number[];
  readonly dividends: readonly number[];
  readonly validatorTrust: readonly number[];
  readonly pruningScore: readonly number[];
  /** alpha emitted to each uid at the last epoch (rao) */
  readonly emission: readonly bigint[];
  readonly active: readonly boolean[];
  readonly lastUpdate: readonly number[];
  readonly validatorPermit: readonly boolean[];
  readonly blockAtRegistration: readonly bigint[];
  readonly axons: readonly AxonInfo[];
  /** the weight of root TAO stake as a u64 fraction of 2^64 (0.18 on mainnet) */
  readonly taoWeight: bigint;
  readonly info: DynamicInfo;
  readonly hyperparameters: SubnetHyperparameters;
}

export interface MetagraphModules {
  readonly client: Client;
  sync(client: Client, netuid: number, mechid: number): Promise<Metagraph>;
  readRows(
    client: Client,
    item: 'Weights' | 'Bonds',
    netuid: number,
    mechid: number,
    uids: readonly number[],
    at: BlockHash,
  ): Promise<[number, number][][]>;
}

/**
 * The stake column: on root the TAO stake, elsewhere alpha + TAO × TAO weight (`taoWeight` a u64 fraction
 * of 2^64, the product floored).
 */
export function combineStake(
  netuid: number,
  alphaStake: readonly bigint[],
  taoStake: readonly bigint[],
  taoWeight: bigint,
): bigint[] {
  if (netuid === 0) return [...taoStake];
  return alphaStake.map((alpha, i) => alpha + (((taoStake[i] ?? 0n) * taoWeight) >> 64n));
}

export function subnetNotFoundError(netuid: number, block: number): SdkError {
  return new SdkError('SUBNET_NOT_FOUND', `Subnet ${netuid} does not exist at block ${block}`, {
    hint: 'list the subnets (getSubnets) and use an existing netuid',
    details: { netuid, block },
  });
}

const freezeAll = <T extends object>(data: T): T => {
  for (const value of Object.values(data)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(data);
};

export class Metagraph implements MetagraphData {
  readonly netuid!: number;
  readonly mechid!: number;
  readonly block!: number;
  readonly blockHash!: BlockHash;
  readonly uids!: readonly number[];
  readonly hotkeys!: readonly string[];
  readonly coldkeys!: readonly string[];
  readonly alphaStake!: readonly bigint[];
  readonly taoStake!: readonly bigint[];
  readonly stake!: readonly bigint[];
  readonly ranks!: readonly number[];
  readonly trust!: readonly number[];
  readonly consensus!: readonly number[];
  readonly incentive!: readonly number[];
  readonly dividends!: readonly number[];
  readonly validatorTrust!: readonly number[];
  readonly pruningScore!: readonly number[];
  readonly emission!: readonly bigint[];
  readonly active!: readonly boolean[];
  readonly lastUpdate!: readonly number[];
  readonly validatorPermit!: readonly boolean[];
  readonly blockAtRegistration!: readonly bigint[];
  readonly axons!: readonly AxonInfo[];
  readonly taoWeight!: bigint;
  readonly info!: DynamicInfo;
  readonly hyperparameters!: SubnetHyperparameters;
  readonly #modules: MetagraphModules;

  constructor(data: MetagraphData, modules: MetagraphModules) {
    Object.assign(this, freezeAll({ ...data }));
    this.#modules = modules;
    Object.freeze(this);
  }

  /** The number of uids. */
  get n(): number {
    return this.uids.length;
  }

  /** A u16 column as fractions in [0, 1]. */
  normalized(column: U16Column): number[] {
    return this[column].map((value) => value / 65_535);
  }

  /** The uid of a hotkey (SS58), or undefined. */
  uidOf(hotkey: string): number | undefined {
    const i = this.hotkeys.indexOf(hotkey);
    return i < 0 ? undefined : this.uids[i];
  }

  /** A new snapshot of the same subnet at the best block (this one is left as it is). */
  sync(client: Client = this.#modules.client): Promise<Metagraph> {
    return this.#modules.sync(client, this.netuid, this.mechid);
  }

  /** The weights matrix at the snapshot's block: row i = weights set by uids[i], u16 values (0 = none). */
  async getWeights(): Promise<number[][]> {
    return this.#matrix('Weights');
  }

  /** The bonds matrix at the snapshot's block: row i = bonds of uids[i], u16 values. */
  async getBonds(): Promise<number[][]> {
    return this.#matrix('Bonds');
  }

  async #matrix(item: 'Weights' | 'Bonds'): Promise<number[][]> {
    const rows = await this.#modules.readRows(
      this.#modules.client,
      item,
      this.netuid,
      this.mechid,
      this.uids,
      this.blockHash,
    );
    const width = this.uids.length === 0 ? 0 : Math.max(...this.uids) + 1;
    return rows.map((row) => {
      const dense = new Array<number>(width).fill(0);
      for (const [uid, value] of row) if (uid < width) dense[uid] = value;
      return dense;
    });
  }

  /** Plain data (bigints as decimal strings) for logs and `--json`. */
  toJSON(): Record<string, unknown> {
    const plain = (value: unknown): unknown =>
      typeof value === 'bigint'
        ? value.toString()
        : Array.isArray(value)
          ? value.map(plain)
          : value !== null && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
            : value;
    return plain({ ...this, n: this.n }) as Record<string, unknown>;
  }
}
