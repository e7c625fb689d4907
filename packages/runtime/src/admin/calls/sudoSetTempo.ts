/**
 * `sudo_set_tempo(netuid, tempo)` [30] (subtensor's `do_set_tempo`): the subnet owner may pick a tempo in
 * [360, 50_400] once per 360 blocks; root may set any u16 without a rate limit. Both respect the admin
 * freeze window. A change restarts the epoch cycle: `LastEpochBlock = now`.
 */
import { type NetUid, NetUidCodec } from '@taonet/primitives';
import { Struct, u16 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { LastEpochBlock, NetworksAdded, Tempo } from '../../subnets/schema.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import {
  ensureAdminWindowOpen,
  ensureSubnetOwnerOrRootWithLimits,
  recordOwnerRateLimits,
} from '../ownerChecks.js';
import type { OwnerLimit } from '../rateLimits.js';
import { ADMIN_UTILS, MAX_TEMPO, MIN_TEMPO } from '../schema.js';
import { emitSubtensorEvent } from './defineSetter.js';

const TEMPO_LIMITS: readonly OwnerLimit[] = [{ kind: 'TempoUpdate' }];

export const sudoSetTempo = defineCall({
  pallet: ADMIN_UTILS,
  index: 30,
  name: 'sudo_set_tempo',
  args: Struct({ netuid: NetUidCodec, tempo: u16 }),
  pays: true,
  docs: 'Set Tempo: owner in [360, 50_400] once per 360 blocks, root any value; restarts the epoch cycle.',
  dispatch(ctx, origin, { netuid, tempo }: { netuid: NetUid; tempo: number }) {
    const owner = ensureSubnetOwnerOrRootWithLimits(ctx, origin, netuid, TEMPO_LIMITS);
    ensure(NetworksAdded.get(ctx.state, [netuid]), SubtensorErrors.SubNetworkDoesNotExist);
    ensureAdminWindowOpen(ctx, netuid);
    if (owner !== null) {
      ensure(tempo >= MIN_TEMPO && tempo <= MAX_TEMPO, SubtensorErrors.TempoOutOfBounds);
    }
    Tempo.set(ctx.state, [netuid], tempo);
    LastEpochBlock.set(ctx.state, [netuid], BigInt(ctx.block.number));
    emitSubtensorEvent(ctx, 'TempoSet', { netuid, tempo });
    recordOwnerRateLimits(ctx, owner, netuid, TEMPO_LIMITS);
  },
});
