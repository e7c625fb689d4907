/** `SubtensorModule` calls (pallet 7) that set, commit and reveal weights (per subnet or per mechanism). */
import { HashCodec } from '@taonet/primitives';
import { Struct, u8, u16, u64, Vector } from 'scale-ts';
import { defineCall } from './defineCall.js';

export const setWeightsCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'set_weights',
  index: 0,
  args: Struct({ netuid: u16, dests: Vector(u16), weights: Vector(u16), version_key: u64 }),
});

export const setMechanismWeightsCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'set_mechanism_weights',
  index: 119,
  args: Struct({ netuid: u16, mecid: u8, dests: Vector(u16), weights: Vector(u16), version_key: u64 }),
});

export const commitWeightsCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'commit_weights',
  index: 96,
  args: Struct({ netuid: u16, commit_hash: HashCodec }),
});

export const commitMechanismWeightsCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'commit_mechanism_weights',
  index: 115,
  args: Struct({ netuid: u16, mecid: u8, commit_hash: HashCodec }),
});

export const revealWeightsCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'reveal_weights',
  index: 97,
  args: Struct({
    netuid: u16,
    uids: Vector(u16),
    values: Vector(u16),
    salt: Vector(u16),
    version_key: u64,
  }),
});

export const revealMechanismWeightsCall = defineCall({
  pallet: 'SubtensorModule',
  name: 'reveal_mechanism_weights',
  index: 116,
  args: Struct({
    netuid: u16,
    mecid: u8,
    uids: Vector(u16),
    values: Vector(u16),
    salt: Vector(u16),
    version_key: u64,
  }),
});
