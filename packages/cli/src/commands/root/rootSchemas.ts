/** The `--json` results of `tao root register` and `tao root list`. Stakes are rao of TAO on root. */
import { type Infer, s } from '../../output/schema.js';
import { inclusionShape } from '../subnets/subnetsOwnerSchemas.js';

export const rootRegisterResultSchema = s.object({
  network: s.string(),
  hotkey: s.string(),
  coldkey: s.string(),
  uid: s.integer(),
  ...inclusionShape,
});
export type RootRegisterResult = Infer<typeof rootRegisterResultSchema>;

export const rootMemberSchema = s.object({
  uid: s.integer(),
  hotkey: s.string(),
  coldkey: s.string(),
  /** TAO staked to the hotkey on root, rao */
  stake: s.string(),
});

export const rootListResultSchema = s.object({
  network: s.string(),
  block: s.integer(),
  /** the most members root takes */
  maxMembers: s.integer(),
  members: s.array(rootMemberSchema),
});
export type RootListResult = Infer<typeof rootListResultSchema>;
