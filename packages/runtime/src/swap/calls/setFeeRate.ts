/**
 * `Swap.set_fee_rate(netuid, rate)` [0], root: set a subnet's swap fee rate (out of 65535, at most
 * `SwapMaxFeeRate` = 10_000). Errors `MechanismDoesNotExist` for an unknown subnet, `FeeRateTooHigh`.
 */
import { NetUidCodec } from '@taonet/primitives';
import { Struct, u16 } from 'scale-ts';
import { type CallDef, defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { ensureRoot } from '../../dispatch/origin.js';
import { FeeRate, SWAP, SwapErrors } from '../schema.js';
import type { SwapApi, SwapModules } from '../swapApi.js';

const SetFeeRateArgs = Struct({ netuid: NetUidCodec, rate: u16 });
type SetFeeRateArgs = ReturnType<typeof SetFeeRateArgs.dec>;

export function createSetFeeRate(
  api: Pick<SwapApi, 'maxFeeRate'>,
  modules: SwapModules,
): CallDef<SetFeeRateArgs> {
  return defineCall({
    pallet: SWAP,
    index: 0,
    name: 'set_fee_rate',
    args: SetFeeRateArgs,
    pays: true,
    docs: 'Root: set the swap fee rate of a subnet (normalised by 65535, e.g. 196 ≈ 0.3%).',
    dispatch(ctx, origin, { netuid, rate }) {
      ensureRoot(origin);
      ensure(modules.subnetExists(ctx.state, netuid), SwapErrors.MechanismDoesNotExist);
      ensure(rate <= api.maxFeeRate, SwapErrors.FeeRateTooHigh);
      FeeRate.set(ctx.state, [netuid], rate);
      ctx.events.emit({ pallet: SWAP, name: 'FeeRateSet', data: { netuid, rate } });
    },
  });
}
