/** `register_limit(netuid, hotkey, limit_price)` [134]: `burned_register` only while `Burn <= limit_price`. */
import { AccountIdCodec, NetUidCodec } from '@taonet/primitives';
import { Struct, u64 } from 'scale-ts';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned } from '../../dispatch/origin.js';
import { Burn } from '../../subnets/hyperparameters.js';
import type { SubnetsModules } from '../../subnets/subnetsModules.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { ensureRegistrableSubnet, processRegistration } from '../processRegistration.js';

export function createRegisterLimitCall(modules: SubnetsModules) {
  return defineCall({
    pallet: SUBTENSOR,
    index: 134,
    name: 'register_limit',
    args: Struct({ netuid: NetUidCodec, hotkey: AccountIdCodec, limit_price: u64 }),
    pays: true,
    docs: 'Register as `burned_register`, refused (`RegistrationPriceLimitExceeded`) if the burn exceeds the limit.',
    dispatch(ctx, origin, { netuid, hotkey, limit_price }) {
      const coldkey = ensureSigned(origin);
      ensureRegistrableSubnet(ctx, netuid);
      ensure(Burn.get(ctx.state, [netuid]) <= limit_price, SubtensorErrors.RegistrationPriceLimitExceeded);
      processRegistration(ctx, { coldkey, netuid, hotkey }, modules.swap);
    },
  });
}
