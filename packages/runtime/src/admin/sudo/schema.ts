/**
 * pallet_sudo (index 12): one key, set at genesis, whose holder dispatches any call with the root origin.
 * Storage `Sudo.Key` as in Substrate; the calls are built by `createSudoModule` because they dispatch
 * calls of the whole runtime.
 */
import { type AccountId, AccountIdCodec } from '@taonet/primitives';
import type { Codec } from 'scale-ts';
import type { BoundCall, DispatchContext } from '../../dispatch/callDef.js';
import { defineErrors, ensure } from '../../dispatch/dispatchError.js';
import { ensureSigned, type Origin } from '../../dispatch/origin.js';
import { storageValue } from '../../state/storageItem.js';

export const SUDO = 'Sudo';
export const SUDO_INDEX = 12;

export const SudoKey = storageValue<AccountId>({
  pallet: SUDO,
  name: 'Key',
  value: AccountIdCodec,
  docs: 'The sudo key: the account allowed to dispatch calls with the root origin (absent = none).',
});

export const SudoErrors = defineErrors(SUDO, {
  RequireSudo: 'Sender must be the sudo account.',
});

export const sudoStorage = [SudoKey];

/** What the sudo calls need from the composed runtime. */
export interface SudoModules {
  /** the runtime call codec: `[pallet index, call index, arguments]` over every module */
  readonly callCodec: Codec<BoundCall>;
  /** Dispatch `call` with `origin` in a nested transaction; throws its dispatch error (writes reverted). */
  dispatch(ctx: DispatchContext, origin: Origin, call: BoundCall): void;
}

/** `ensure_signed` + `ensure!(Key == who, RequireSudo)`. */
export function ensureSudo(ctx: DispatchContext, origin: Origin): AccountId {
  const who = ensureSigned(origin);
  ensure(SudoKey.getOption(ctx.state) === who, SudoErrors.RequireSudo);
  return who;
}
