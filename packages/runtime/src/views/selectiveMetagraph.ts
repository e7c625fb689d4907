/**
 * `subnetInfo_getSelectiveMetagraph` (subtensor's `get_selective_metagraph`): only the requested fields
 * of a subnet's metagraph are read and filled, every other one is `undefined` (null on the wire);
 * `netuid` is always filled. Two fields exist only here, as in subtensor: `validators` (the uids with a
 * validator permit whose stake weight exceeds `StakeThreshold`, ascending by stake weight, ties in uid
 * order) and `commitments` (`(hotkey, bytes)` of the commitments pallet: empty, this chain has none).
 * Fields are named here; the wire's numbering (subtensor's `SelectiveMetagraphIndex`) is the RPC layer's.
 */
import { type AccountId, I64F64, type NetUid } from '@taonet/primitives';
import type { OverlayState } from '../state/overlayState.js';
import { StakeThreshold } from '../subnets/hyperparameters.js';
import { NetworksAdded } from '../subnets/schema.js';
import { METAGRAPH_FIELDS, type Metagraph, type MetagraphField, readMetagraphFields } from './metagraph.js';
import { createMetagraphReader, type MetagraphReader } from './metagraphReader.js';

export interface SelectiveOnlyFields {
  readonly validators: readonly number[];
  readonly commitments: readonly (readonly [AccountId, Uint8Array])[];
}

export type SelectiveMetagraphField = MetagraphField | keyof SelectiveOnlyFields;

/** Every metagraph field, each present only when requested. */
export type SelectiveMetagraph = { readonly netuid: number } & {
  readonly [K in Exclude<SelectiveMetagraphField, 'netuid'>]:
    | (K extends MetagraphField
        ? Metagraph[K]
        : K extends keyof SelectiveOnlyFields
          ? SelectiveOnlyFields[K]
          : never)
    | undefined;
};

/** The fields a selective metagraph can fill: the metagraph's, then `validators`, `commitments`. */
export const SELECTIVE_METAGRAPH_FIELDS: readonly SelectiveMetagraphField[] = [
  ...METAGRAPH_FIELDS,
  'validators',
  'commitments',
];

/** `get_validators`: permitted uids above the stake threshold, ascending by stake weight (stable sort). */
function getValidators(r: MetagraphReader): number[] {
  const threshold = I64F64.saturatingFromInt(StakeThreshold.get(r.state)) as bigint;
  const total = r.stakeWeights.total as bigint[];
  const permitted = r.validatorPermit.flatMap((permit, uid) => (permit ? [uid] : []));
  return permitted
    .sort((a, b) => (total[a]! < total[b]! ? -1 : total[a]! > total[b]! ? 1 : 0))
    .filter((uid) => total[uid]! > threshold);
}

/** The requested fields of the subnet's metagraph, or `undefined` when the subnet does not exist. */
export function getSelectiveMetagraph(
  state: OverlayState,
  netuid: NetUid,
  fields: Iterable<SelectiveMetagraphField>,
): SelectiveMetagraph | undefined {
  if (!NetworksAdded.get(state, [netuid])) return undefined;
  const wanted = new Set<string>(fields);
  const reader = createMetagraphReader(state, netuid);
  const values = readMetagraphFields(reader, wanted);
  const out: Record<string, unknown> = {};
  for (const field of SELECTIVE_METAGRAPH_FIELDS) out[field] = values[field as MetagraphField];
  out.netuid = netuid;
  if (wanted.has('validators')) out.validators = getValidators(reader);
  if (wanted.has('commitments')) out.commitments = [];
  return out as SelectiveMetagraph;
}
