/**
 * Mechanisms (sub-subnets) of a subnet: how many there are and how the subnet's emission is split between
 * them (subtensor's `subnets/mechanism.rs`: `do_set_mechanism_count`, `do_set_emission_split`).
 */
import type { MechId, NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { Incentive, LastUpdate } from '../neurons/schema.js';
import { MaxAllowedUids } from '../subnets/hyperparameters.js';
import { MechanismCountCurrent, MechanismEmissionSplit } from '../subnets/schema.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { MaxMechanismCount } from './adminStorage.js';
import { isSubnetExisting } from './ownerChecks.js';
import { EPOCH_UID_BUDGET, GLOBAL_MAX_MECHANISM_COUNT } from './schema.js';

const U16_MAX = 65_535;

/** Per-mechanism items cleared when a mechanism is removed (the weights module adds Weights and Bonds). */
const perMechanismStorage = [Incentive, LastUpdate];

export function setMechanismCount(ctx: DispatchContext, netuid: NetUid, count: MechId): void {
  ensure(isSubnetExisting(ctx.state, netuid), SubtensorErrors.MechanismDoesNotExist);
  ensure(count > 0, SubtensorErrors.InvalidValue, 'a subnet has at least one mechanism');
  ensure(count <= MaxMechanismCount.get(ctx.state), SubtensorErrors.InvalidValue, 'above MaxMechanismCount');
  ensure(count <= GLOBAL_MAX_MECHANISM_COUNT, SubtensorErrors.InvalidValue);
  ensure(
    MaxAllowedUids.get(ctx.state, [netuid]) * count <= EPOCH_UID_BUDGET,
    SubtensorErrors.TooManyUIDsPerMechanism,
  );
  const current = MechanismCountCurrent.get(ctx.state, [netuid]);
  if (count === current) return;
  for (let mecid = count; mecid < current; mecid++) {
    for (const item of perMechanismStorage) item.remove(ctx.state, [storageIndexOf(netuid, mecid)]);
  }
  const split = MechanismEmissionSplit.getOption(ctx.state, [netuid]);
  if (split !== undefined && split.length !== count) MechanismEmissionSplit.remove(ctx.state, [netuid]);
  MechanismCountCurrent.set(ctx.state, [netuid], count);
  ctx.events.emit({ pallet: 'SubtensorModule', name: 'MechanismCountSet', data: { netuid, count } });
}

/** `split` of u16 parts, one per mechanism, summing to 65535; `undefined` = even split. */
export function setMechanismEmissionSplit(
  ctx: DispatchContext,
  netuid: NetUid,
  split: readonly number[] | undefined,
): void {
  ensure(isSubnetExisting(ctx.state, netuid), SubtensorErrors.MechanismDoesNotExist);
  if (split === undefined) {
    MechanismEmissionSplit.remove(ctx.state, [netuid]);
  } else {
    const count = MechanismCountCurrent.get(ctx.state, [netuid]);
    ensure(split.length === count, SubtensorErrors.InvalidValue, `expected ${count} shares`);
    const total = split.reduce((sum, part) => sum + part, 0);
    ensure(total === U16_MAX, SubtensorErrors.InvalidValue, 'the shares must sum to 65535');
    MechanismEmissionSplit.set(ctx.state, [netuid], [...split]);
  }
  ctx.events.emit({
    pallet: 'SubtensorModule',
    name: 'MechanismEmissionSplitSet',
    data: { netuid, split: split ?? null },
  });
}
