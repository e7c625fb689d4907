/** `update_symbol(netuid, symbol)` [112]: the owner or root picks an unused symbol from the built-in list. */
import { NetUidCodec } from '@taonet/primitives';
import { Bytes, Struct } from 'scale-ts';
import { ensureSubnetOwnerOrRoot } from '../../admin/ownerChecks.js';
import { defineCall } from '../../dispatch/callDef.js';
import { ensure } from '../../dispatch/dispatchError.js';
import { SubtensorErrors } from '../../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../../subtensor/subtensorPallet.js';
import { TokenSymbol } from '../schema.js';
import { subnetExists } from '../subnetRegistry.js';
import { isKnownSymbol, isSymbolInUse } from '../tokenSymbols.js';

export const updateSymbol = defineCall({
  pallet: SUBTENSOR,
  index: 112,
  name: 'update_symbol',
  args: Struct({ netuid: NetUidCodec, symbol: Bytes() }),
  pays: true,
  docs: "Set the subnet token's symbol to an unused one of the built-in list (owner or root).",
  dispatch(ctx, origin, { netuid, symbol }) {
    ensureSubnetOwnerOrRoot(ctx.state, origin, netuid);
    ensure(subnetExists(ctx.state, netuid), SubtensorErrors.SubNetworkDoesNotExist);
    ensure(isKnownSymbol(symbol), SubtensorErrors.SymbolDoesNotExist);
    ensure(!isSymbolInUse(ctx.state, symbol), SubtensorErrors.SymbolAlreadyInUse);
    TokenSymbol.set(ctx.state, [netuid], symbol);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'SymbolUpdated', data: { netuid, symbol } });
  },
});
