/**
 * A `subnetInfo_getMetagraph` result as the `Metagraph`'s columns: the same values, in the same shape,
 * as the fallback path reads from separate queries (`readMetagraphByQueries`).
 */
import type { RpcResult } from '@taonet/rpc';
import type { DynamicInfo } from '../queries/getDynamicInfo.js';
import { toHyperparameters } from '../queries/getHyperparameters.js';
import { type MetagraphInfo, pickMetagraphInfo } from '../queries/getMetagraphInfo.js';
import type { BlockHash } from '../queries/readStorage.js';
import { combineStake, type MetagraphData } from './metagraph.js';

type MetagraphJson = NonNullable<RpcResult<'subnetInfo_getMetagraph'>>;

const ZERO_ACCOUNT_HEX = `0x${'00'.repeat(32)}`;

/**
 * The fields the columns and the dynamic info are made of: the others (the total stake, the dividends per
 * hotkey, the name, the emission splits...) are not converted.
 */
const DATA_FIELDS = [
  'netuid',
  'block',
  'hotkeys',
  'coldkeys',
  'alphaStake',
  'taoStake',
  'taoWeight',
  'rank',
  'trust',
  'consensus',
  'incentives',
  'dividends',
  'validatorTrust',
  'pruningScore',
  'emission',
  'active',
  'lastUpdate',
  'validatorPermit',
  'blockAtRegistration',
  'axons',
  'ownerColdkey',
  'ownerHotkey',
  'identity',
  'symbol',
  'tempo',
  'lastStep',
  'blocksSinceLastStep',
  'networkRegisteredAt',
  'firstEmissionBlock',
  'subtokenEnabled',
  'mechanism',
  'mechanismCount',
  'taoIn',
  'alphaIn',
  'alphaOut',
  'subnetVolume',
  'subnetLocked',
  'price',
  'movingPrice',
] as const satisfies readonly (keyof MetagraphInfo)[];

type DataFields = Pick<MetagraphInfo, (typeof DATA_FIELDS)[number]>;

/** The subnet's `DynamicInfo` (an unset owner, read as the zero account, is undefined as in storage). */
function toDynamicInfo(json: MetagraphJson, m: DataFields): DynamicInfo {
  return {
    netuid: m.netuid,
    owner: json.owner_coldkey === ZERO_ACCOUNT_HEX ? undefined : m.ownerColdkey,
    ownerHotkey: json.owner_hotkey === ZERO_ACCOUNT_HEX ? undefined : m.ownerHotkey,
    name: m.identity?.subnetName ?? '',
    symbol: m.symbol,
    identity: m.identity,
    tempo: m.tempo,
    lastStep: m.lastStep,
    blocksSinceLastStep: m.blocksSinceLastStep,
    networkRegisteredAt: m.networkRegisteredAt,
    started: m.firstEmissionBlock !== undefined,
    firstEmissionBlock: m.firstEmissionBlock,
    subtokenEnabled: m.subtokenEnabled,
    mechanism: m.mechanism,
    mechanismCount: m.mechanismCount,
    taoIn: m.taoIn,
    alphaIn: m.alphaIn,
    alphaOut: m.alphaOut,
    subnetVolume: m.subnetVolume,
    locked: m.subnetLocked,
    price: m.price,
    movingPriceBits: m.movingPrice,
  };
}

export function toMetagraphData(
  json: MetagraphJson,
  ss58Format: number,
  mechid: number,
  blockHash: BlockHash,
): MetagraphData {
  const m = pickMetagraphInfo(json, ss58Format, DATA_FIELDS);
  return {
    netuid: m.netuid,
    mechid,
    block: m.block,
    blockHash,
    uids: m.hotkeys.map((_, uid) => uid),
    hotkeys: m.hotkeys,
    coldkeys: m.coldkeys,
    alphaStake: m.alphaStake,
    taoStake: m.taoStake,
    stake: combineStake(m.netuid, m.alphaStake, m.taoStake, m.taoWeight),
    ranks: m.rank,
    trust: m.trust,
    consensus: m.consensus,
    incentive: m.incentives,
    dividends: m.dividends,
    validatorTrust: m.validatorTrust,
    pruningScore: m.pruningScore,
    emission: m.emission,
    active: m.active,
    lastUpdate: m.lastUpdate.map(Number),
    validatorPermit: m.validatorPermit,
    blockAtRegistration: m.blockAtRegistration,
    axons: m.axons,
    taoWeight: m.taoWeight,
    info: toDynamicInfo(json, m),
    hyperparameters: toHyperparameters(json),
  };
}
