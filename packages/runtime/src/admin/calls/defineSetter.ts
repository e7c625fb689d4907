/**
 * The two shapes of admin setter, so that each of the ~50 setters is one explicit declaration (index, wire
 * name, argument, origin, rate limit, freeze window, bounds, effect) instead of a copied function body:
 *
 * - `defineSubnetSetter`: `sudo_set_x(netuid, value)`. Checks run in subtensor's order: origin (root, or
 *   root or the subnet owner within the owner rate limits), the admin freeze window, the subnet's existence,
 *   "not on root", the setter's own bounds; then the effect, then the owner's rate-limit stamp.
 * - `defineGlobalSetter`: `sudo_set_x(value)`, root only.
 */
import { type NetUid, NetUidCodec } from '@taonet/primitives';
import { type Codec, Struct } from 'scale-ts';
import { type CallDef, type DispatchContext, defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureRoot, type Origin } from '../../dispatch/origin.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import {
  ensureAdminWindowOpen,
  ensureSubnetExists,
  ensureSubnetOwnerOrRootWithLimits,
  type MaybeOwner,
  recordOwnerRateLimits,
} from '../ownerChecks.js';
import type { OwnerLimit } from '../rateLimits.js';
import { ADMIN_UTILS, AdminUtilsErrors } from '../schema.js';

/** Arguments of a setter as they travel in a `BoundCall`: wire names to values. */
export type SetterArgs = Readonly<Record<string, unknown>>;

export interface SetterArg<V> {
  /** wire name of the argument (`kappa`, `min_burn`, ...) */
  readonly name: string;
  readonly codec: Codec<V>;
}

export interface SubnetSetterSpec<V> {
  readonly index: number;
  readonly name: string;
  readonly arg: SetterArg<V>;
  /** `root`: ensure_root; `ownerOrRoot`: root, or the subnet owner within `limits` */
  readonly origin: 'root' | 'ownerOrRoot';
  /** owner rate limits checked before and stamped after the change (ownerOrRoot only) */
  readonly limits?: readonly OwnerLimit[];
  /** refuse during the admin freeze window (`ensure_admin_window_open`) */
  readonly freezeWindow: boolean;
  /** `ensure!(if_subnet_exist(netuid), SubnetDoesNotExist)` */
  readonly requireSubnet: boolean;
  /** `ensure!(!netuid.is_root(), NotPermittedOnRootSubnet)` */
  readonly notOnRoot?: boolean;
  /** `Pays::No` setters (none today: every admin setter pays) */
  readonly pays?: boolean;
  readonly docs: string;
  /** the setter's own bounds; throw a dispatch error to refuse */
  check?(ctx: DispatchContext, netuid: NetUid, value: V, owner: MaybeOwner): void;
  apply(ctx: DispatchContext, netuid: NetUid, value: V): void;
}

/** Deposit the `SubtensorModule` event a pallet_subtensor setter deposits. */
export function emitSubtensorEvent(ctx: DispatchContext, name: string, data: Record<string, unknown>): void {
  ctx.events.emit({ pallet: SUBTENSOR, name, data });
}

export function emitAdminEvent(ctx: DispatchContext, name: string, data: Record<string, unknown>): void {
  ctx.events.emit({ pallet: ADMIN_UTILS, name, data });
}

function ensureSetterOrigin<V>(
  spec: SubnetSetterSpec<V>,
  ctx: DispatchContext,
  origin: Origin,
  netuid: NetUid,
): MaybeOwner {
  if (spec.origin === 'root') {
    ensureRoot(origin);
    return null;
  }
  return ensureSubnetOwnerOrRootWithLimits(ctx, origin, netuid, spec.limits ?? []);
}

export function defineSubnetSetter<V>(spec: SubnetSetterSpec<V>): CallDef<SetterArgs> {
  const fields: Record<string, Codec<unknown>> = { netuid: NetUidCodec as Codec<unknown> };
  fields[spec.arg.name] = spec.arg.codec as Codec<unknown>;
  const args = Struct(fields as never) as unknown as Codec<SetterArgs>;
  return defineCall<SetterArgs>({
    pallet: ADMIN_UTILS,
    index: spec.index,
    name: spec.name,
    args,
    pays: spec.pays ?? true,
    docs: spec.docs,
    dispatch(ctx, origin, callArgs) {
      const netuid = callArgs.netuid as NetUid;
      const value = callArgs[spec.arg.name] as V;
      const owner = ensureSetterOrigin(spec, ctx, origin, netuid);
      if (spec.freezeWindow) ensureAdminWindowOpen(ctx, netuid);
      if (spec.requireSubnet) ensureSubnetExists(ctx.state, netuid);
      if (spec.notOnRoot === true) ensure(netuid !== 0, AdminUtilsErrors.NotPermittedOnRootSubnet);
      spec.check?.(ctx, netuid, value, owner);
      spec.apply(ctx, netuid, value);
      if (spec.origin === 'ownerOrRoot') recordOwnerRateLimits(ctx, owner, netuid, spec.limits ?? []);
    },
  });
}

export interface GlobalSetterSpec<V> {
  readonly index: number;
  readonly name: string;
  readonly arg: SetterArg<V>;
  readonly pays?: boolean;
  readonly docs: string;
  check?(ctx: DispatchContext, value: V): void;
  apply(ctx: DispatchContext, value: V): void;
}

/** A root-only network-wide setter `sudo_set_x(value)`. */
export function defineGlobalSetter<V>(spec: GlobalSetterSpec<V>): CallDef<SetterArgs> {
  const fields: Record<string, Codec<unknown>> = { [spec.arg.name]: spec.arg.codec as Codec<unknown> };
  const args = Struct(fields as never) as unknown as Codec<SetterArgs>;
  return defineCall<SetterArgs>({
    pallet: ADMIN_UTILS,
    index: spec.index,
    name: spec.name,
    args,
    pays: spec.pays ?? true,
    docs: spec.docs,
    dispatch(ctx, origin, callArgs) {
      ensureRoot(origin);
      const value = callArgs[spec.arg.name] as V;
      spec.check?.(ctx, value);
      spec.apply(ctx, value);
    },
  });
}
