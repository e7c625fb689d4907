/**
 * A `subnetInfo_getMetagraph` result as the `Metagraph`'s columns: the same values, in the same shape,
 * as the fallback path reads from separate queries (`readMetagraphByQueries`).
 */
import type { RpcResult } from '@taonet/rpc';
import type { DynamicInfo } from '../queries/getDynamicInfo.js';
import { toHyperparameters } from '../queries/getHyperparameters.js';
import { type MetagraphInfo, toMetagraphInfo } from '../queries/getMetagraphInfo.js';
import type { BlockHash } from '../queries/readStorage.js';
import { combineStake, type MetagraphData } from './metagraph.js';

type MetagraphJson = NonNullable<RpcResult<'subnetInfo_getMetagraph'>>;

const ZERO_ACCOUNT_HEX = `0x${'00'.repeat(32)}`;

/** The subnet's `DynamicInfo` (an unset owner, read as the zero account, is undefined as in storage). */
function toDynamicInfo(json: MetagraphJson, m: MetagraphInfo): DynamicInfo {
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
  const m = toMetagraphInfo(json, ss58Format);
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
