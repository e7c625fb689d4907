/** The `--json` result of `tao sudo set`. */
import { type Infer, s } from '../../output/schema.js';
import { inclusionShape } from '../subnets/subnetsOwnerSchemas.js';

export const sudoSetResultSchema = s.object({
  network: s.string(),
  netuid: s.integer(),
  /** btcli's name */
  param: s.string(),
  /** the AdminUtils call sent */
  call: s.string(),
  /** the arguments after netuid, as decimal strings and booleans */
  args: s.record(s.unknown()),
  /** `owner`: signed by the subnet owner; `sudo`: wrapped in Sudo.sudo, signed by the sudo key */
  origin: s.enum(['owner', 'sudo']),
  signer: s.string(),
  /** the hyperparameter before and after (null when the hyperparameters do not show it) */
  before: s.nullable(s.string()),
  after: s.nullable(s.string()),
  ...inclusionShape,
});
export type SudoSetResult = Infer<typeof sudoSetResultSchema>;
