/** The `--json` results of `tao weights set`, `commit` and `reveal`. Weights are the u16 values sent. */
import { type Infer, s } from '../../output/schema.js';
import { inclusionShape } from '../subnets/subnetsOwnerSchemas.js';

const weightsShape = {
  network: s.string(),
  netuid: s.integer(),
  mechid: s.integer(),
  /** SS58 of the signing hotkey */
  hotkey: s.string(),
  uid: s.integer(),
  uids: s.array(s.integer()),
  /** u16 values as sent (the largest is 65535) */
  weights: s.array(s.integer()),
  versionKey: s.string(),
};

export const weightsSetResultSchema = s.object({ ...weightsShape, ...inclusionShape });
export type WeightsSetResult = Infer<typeof weightsSetResultSchema>;

export const revealWindowSchema = s.object({
  firstBlock: s.integer(),
  lastBlock: s.integer(),
  tempo: s.integer(),
  period: s.integer(),
});

export const weightsCommitResultSchema = s.object({
  ...weightsShape,
  commitHash: s.string(),
  salt: s.array(s.integer()),
  /** estimated blocks in which `tao weights reveal` is accepted */
  revealWindow: revealWindowSchema,
  /** where the salt is kept for the reveal */
  commitFile: s.string(),
  ...inclusionShape,
});
export type WeightsCommitResult = Infer<typeof weightsCommitResultSchema>;

export const weightsRevealResultSchema = s.object({
  ...weightsShape,
  commitHash: s.string(),
  /** commits still saved for this hotkey and subnet */
  remaining: s.integer(),
  ...inclusionShape,
});
export type WeightsRevealResult = Infer<typeof weightsRevealResultSchema>;
