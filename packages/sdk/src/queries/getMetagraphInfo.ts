/**
 * A whole subnet in one query (`subnetInfo_getMetagraph`: subtensor's `Metagraph`, as the Python SDK's
 * `get_metagraph_info`), or only some fields of it (`subnetInfo_getSelectiveMetagraph`, by subtensor's
 * `SelectiveMetagraphIndex`). Fields are subtensor's names in camelCase; u64 amounts and blocks are
 * bigint (rao), u16 values stay integers, keys SS58, names and symbols text.
 */
import { fromHex } from '@taonet/primitives';
import type { MetagraphFieldName, RpcResult } from '@taonet/rpc';
import { toAddress } from '../address/toAccountId.js';
import type { Client } from '../client/createClient.js';
import { type AxonInfo, toAxonInfo } from './getNeurons.js';
import { type SubnetIdentityText, toSubnetIdentity } from './getSubnets.js';
import type { BlockHash } from './readStorage.js';

export interface MetagraphInfo {
  readonly netuid: number;
  /** the identity's name, else `root` (netuid 0) or `unknown` */
  readonly name: string;
  readonly symbol: string;
  readonly identity: SubnetIdentityText | undefined;
  readonly networkRegisteredAt: bigint;
  readonly ownerHotkey: string;
  readonly ownerColdkey: string;
  /** the number of the block read */
  readonly block: number;
  readonly tempo: number;
  readonly lastStep: bigint;
  /** the stored `BlocksSinceLastStep` counter */
  readonly blocksSinceLastStep: bigint;
  /** deprecated in subtensor: 0 */
  readonly subnetEmission: bigint;
  readonly alphaIn: bigint;
  readonly alphaOut: bigint;
  readonly taoIn: bigint;
  readonly alphaOutEmission: bigint;
  readonly alphaInEmission: bigint;
  readonly taoInEmission: bigint;
  readonly pendingAlphaEmission: bigint;
  readonly pendingRootEmission: bigint;
  readonly subnetVolume: bigint;
  /** I96F32 raw bits (divide by 2^32 for TAO per alpha) */
  readonly movingPrice: bigint;
  readonly rho: number;
  readonly kappa: number;
  readonly minAllowedWeights: number;
  readonly maxWeightsLimit: number;
  readonly weightsVersion: bigint;
  readonly weightsRateLimit: bigint;
  readonly activityCutoff: number;
  readonly maxValidators: number;
  readonly numUids: number;
  readonly maxUids: number;
  /** the registration price (rao) */
  readonly burn: bigint;
  readonly difficulty: bigint;
  readonly registrationAllowed: boolean;
  readonly powRegistrationAllowed: boolean;
  readonly immunityPeriod: number;
  readonly minDifficulty: bigint;
  readonly maxDifficulty: bigint;
  readonly minBurn: bigint;
  readonly maxBurn: bigint;
  readonly adjustmentAlpha: bigint;
  readonly adjustmentInterval: number;
  readonly targetRegsPerInterval: number;
  readonly maxRegsPerBlock: number;
  readonly servingRateLimit: bigint;
  readonly commitRevealWeightsEnabled: boolean;
  readonly commitRevealPeriod: bigint;
  readonly liquidAlphaEnabled: boolean;
  readonly alphaHigh: number;
  readonly alphaLow: number;
  readonly bondsMovingAvg: bigint;
  /** per uid (index = uid) from here on */
  readonly hotkeys: readonly string[];
  readonly coldkeys: readonly string[];
  /** coldkey identities: none on this chain */
  readonly identities: readonly null[];
  readonly axons: readonly AxonInfo[];
  readonly active: readonly boolean[];
  readonly validatorPermit: readonly boolean[];
  readonly pruningScore: readonly number[];
  readonly lastUpdate: readonly bigint[];
  /** alpha emitted at the last epoch (rao) */
  readonly emission: readonly bigint[];
  readonly dividends: readonly number[];
  readonly incentives: readonly number[];
  readonly consensus: readonly number[];
  readonly trust: readonly number[];
  readonly rank: readonly number[];
  readonly blockAtRegistration: readonly bigint[];
  /** alpha after child/parent delegation: the stake Yuma reads (rao) */
  readonly alphaStake: readonly bigint[];
  /** root TAO after child/parent delegation (rao) */
  readonly taoStake: readonly bigint[];
  /** alpha + TAO × TAO weight (rao) */
  readonly totalStake: readonly bigint[];
  readonly taoDividendsPerHotkey: readonly (readonly [string, bigint])[];
  readonly alphaDividendsPerHotkey: readonly (readonly [string, bigint])[];
  // taonet's additions
  readonly validatorTrust: readonly number[];
  /** the swap's spot price, rao per alpha (1e9 = 1 TAO per alpha) */
  readonly price: bigint;
  /** the weight of root TAO stake, u64 fraction of 2^64 */
  readonly taoWeight: bigint;
  /** TAO locked by the owner at registration (rao) */
  readonly subnetLocked: bigint;
  /** set by start_call */
  readonly firstEmissionBlock: bigint | undefined;
  readonly subtokenEnabled: boolean;
  /** 0 = stable (root), 1 = dynamic pool */
  readonly mechanism: number;
  readonly mechanismCount: number;
  /** I32F32 raw bits */
  readonly alphaSigmoidSteepness: bigint;
  readonly yumaVersion: number;
  readonly subnetIsActive: boolean;
  readonly transfersEnabled: boolean;
  readonly bondsResetEnabled: boolean;
  readonly userLiquidityEnabled: boolean;
}

/** Fields only a selective query returns. */
export interface SelectiveOnlyMetagraphInfo {
  /** permitted uids above the stake threshold, ascending by stake weight */
  readonly validators: readonly number[];
  /** (hotkey, bytes) of each commitment */
  readonly commitments: readonly (readonly [string, Uint8Array])[];
}

type AllFields = MetagraphInfo & SelectiveOnlyMetagraphInfo;
export type MetagraphInfoField = keyof AllFields;

/** The requested fields; every other one undefined (`netuid` is always there). */
export type SelectiveMetagraphInfo = { readonly netuid: number } & {
  readonly [K in Exclude<MetagraphInfoField, 'netuid'>]: AllFields[K] | undefined;
};

// biome-ignore lint/suspicious/noExplicitAny: each converter reads the JSON its field's schema declares
type Convert<T> = (json: any, ss58Format: number) => T;

const same = <T>(value: T): T => value;
const big: Convert<bigint> = (v: string) => BigInt(v);
const num: Convert<number> = (v: string | number) => Number(v);
const text: Convert<string> = (hex: string) => new TextDecoder().decode(fromHex(hex));
const address: Convert<string> = (hex: string, ss58) => toAddress(hex, ss58);
const list =
  <T>(item: Convert<T>): Convert<T[]> =>
  (values: unknown[], ss58) =>
    values.map((v) => item(v, ss58));
const perHotkey: Convert<[string, bigint][]> = (pairs: [string, string][], ss58) =>
  pairs.map(([hotkey, amount]) => [toAddress(hotkey, ss58), BigInt(amount)]);

/** One converter per field, named as subtensor's field in camelCase. */
const CONVERTERS: { readonly [K in MetagraphInfoField]: Convert<AllFields[K]> } = {
  netuid: same,
  name: text,
  symbol: text,
  identity: toSubnetIdentity,
  networkRegisteredAt: big,
  ownerHotkey: address,
  ownerColdkey: address,
  block: num,
  tempo: same,
  lastStep: big,
  blocksSinceLastStep: big,
  subnetEmission: big,
  alphaIn: big,
  alphaOut: big,
  taoIn: big,
  alphaOutEmission: big,
  alphaInEmission: big,
  taoInEmission: big,
  pendingAlphaEmission: big,
  pendingRootEmission: big,
  subnetVolume: big,
  movingPrice: big,
  rho: same,
  kappa: same,
  minAllowedWeights: same,
  maxWeightsLimit: same,
  weightsVersion: big,
  weightsRateLimit: big,
  activityCutoff: same,
  maxValidators: same,
  numUids: same,
  maxUids: same,
  burn: big,
  difficulty: big,
  registrationAllowed: same,
  powRegistrationAllowed: same,
  immunityPeriod: same,
  minDifficulty: big,
  maxDifficulty: big,
  minBurn: big,
  maxBurn: big,
  adjustmentAlpha: big,
  adjustmentInterval: same,
  targetRegsPerInterval: same,
  maxRegsPerBlock: same,
  servingRateLimit: big,
  commitRevealWeightsEnabled: same,
  commitRevealPeriod: big,
  liquidAlphaEnabled: same,
  alphaHigh: same,
  alphaLow: same,
  bondsMovingAvg: big,
  hotkeys: list(address),
  coldkeys: list(address),
  identities: same,
  axons: list(toAxonInfo),
  active: same,
  validatorPermit: same,
  pruningScore: same,
  lastUpdate: list(big),
  emission: list(big),
  dividends: same,
  incentives: same,
  consensus: same,
  trust: same,
  rank: same,
  blockAtRegistration: list(big),
  alphaStake: list(big),
  taoStake: list(big),
  totalStake: list(big),
  taoDividendsPerHotkey: perHotkey,
  alphaDividendsPerHotkey: perHotkey,
  validatorTrust: same,
  price: big,
  taoWeight: big,
  subnetLocked: big,
  firstEmissionBlock: big,
  subtokenEnabled: same,
  mechanism: same,
  mechanismCount: same,
  alphaSigmoidSteepness: big,
  yumaVersion: same,
  subnetIsActive: same,
  transfersEnabled: same,
  bondsResetEnabled: same,
  userLiquidityEnabled: same,
  validators: same,
  commitments: (pairs: [string, string][], ss58) =>
    pairs.map(([hotkey, bytes]) => [toAddress(hotkey, ss58), fromHex(bytes)]),
};

const toWireName = (field: string) =>
  field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as MetagraphFieldName;

// deterministic: an object literal's keys keep their written order
const FIELDS = Object.keys(CONVERTERS) as MetagraphInfoField[];

function convert(
  json: Record<string, unknown>,
  ss58Format: number,
  fields: readonly MetagraphInfoField[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = json[toWireName(field)];
    if (value !== undefined) {
      out[field] = value === null ? undefined : (CONVERTERS[field] as Convert<unknown>)(value, ss58Format);
    }
  }
  return out;
}

/** The typed form of a `subnetInfo_getMetagraph` result. */
export function toMetagraphInfo(
  json: NonNullable<RpcResult<'subnetInfo_getMetagraph'>>,
  ss58Format: number,
): MetagraphInfo {
  return convert(json, ss58Format, FIELDS) as unknown as MetagraphInfo;
}

/**
 * Only some fields of a `subnetInfo_getMetagraph` result, typed: what is not asked for is not converted
 * (no SS58 encoding, bigint or text decoding for it).
 */
export function pickMetagraphInfo<const K extends keyof MetagraphInfo>(
  json: NonNullable<RpcResult<'subnetInfo_getMetagraph'>>,
  ss58Format: number,
  fields: readonly K[],
): Pick<MetagraphInfo, K> {
  return convert(json, ss58Format, fields) as unknown as Pick<MetagraphInfo, K>;
}

export interface GetMetagraphInfoParameters {
  readonly netuid: number;
  /** the block (hash); default: the best block */
  readonly at?: BlockHash;
  /** only these fields (one `subnetInfo_getSelectiveMetagraph` query); default: every field */
  readonly fields?: readonly MetagraphInfoField[];
}

/** The subnet's metagraph (every field), or undefined when the subnet does not exist. */
export async function getMetagraphInfo(
  client: Client,
  params: GetMetagraphInfoParameters & { readonly fields?: undefined },
): Promise<MetagraphInfo | undefined>;
/** Only the requested fields of the subnet's metagraph, or undefined when the subnet does not exist. */
export async function getMetagraphInfo(
  client: Client,
  params: GetMetagraphInfoParameters & { readonly fields: readonly MetagraphInfoField[] },
): Promise<SelectiveMetagraphInfo | undefined>;
export async function getMetagraphInfo(
  client: Client,
  params: GetMetagraphInfoParameters,
): Promise<MetagraphInfo | SelectiveMetagraphInfo | undefined> {
  const { netuid, at, fields } = params;
  if (fields === undefined) {
    const json = await client.request('subnetInfo_getMetagraph', netuid, at);
    return json === null ? undefined : toMetagraphInfo(json, client.ss58Format);
  }
  // the field numbering comes with the declarations' schemas: loaded for a selective query only
  const { getMetagraphFieldIndex } = await import('@taonet/rpc');
  const indexes = fields.map((field) => getMetagraphFieldIndex(toWireName(field)));
  const json = await client.request('subnetInfo_getSelectiveMetagraph', netuid, indexes, at);
  if (json === null) return undefined;
  const values = convert(json, client.ss58Format, FIELDS);
  return Object.fromEntries(FIELDS.map((field) => [field, values[field]])) as SelectiveMetagraphInfo;
}
