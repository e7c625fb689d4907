/** `sudo_set_num_root_claims(new_value)` [123], root: automatic claims per block, at most 50 (0 disables). */
import { Struct, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureRoot } from '../../dispatch/origin.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { MAX_NUM_ROOT_CLAIMS, NumRootClaim } from '../schema.js';

export const sudoSetNumRootClaims = defineCall({
  pallet: SUBTENSOR,
  index: 123,
  name: 'sudo_set_num_root_claims',
  args: Struct({ new_value: u64 }),
  pays: true,
  docs: 'Set how many coldkeys are auto-claimed each block (root; at most 50, 0 disables).',
  dispatch(ctx, origin, { new_value }) {
    ensureRoot(origin);
    ensure(new_value <= MAX_NUM_ROOT_CLAIMS, SubtensorErrors.InvalidNumRootClaim);
    NumRootClaim.set(ctx.state, new_value);
  },
});
