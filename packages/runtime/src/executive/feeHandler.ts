/**
 * How the executive charges transaction fees: an injected `FeeHandler` (the balances module's
 * `computeFee` + `chargeFee` in the composed runtime), so the executive knows nothing of amounts.
 */
import type { AccountId } from '@taonet/primitives';
import type { CallDef, DispatchContext } from '../dispatch/callDef.js';

/** What the block says about one extrinsic besides its origin and call. */
export interface ExtrinsicInfo {
  /** encoded length of the whole extrinsic in bytes (the length fee) */
  readonly length: number;
  /** optional tip on top of the fee (rao) */
  readonly tip?: bigint;
  /** the signer's nonce as signed; when present it must equal the account nonce */
  readonly nonce?: number;
}

export interface FeeHandler {
  /**
   * Withdraw the fee of an extrinsic signed by `who` (tip included; `Pays::No` calls pay the tip only) and
   * send it where the chain sends fees. Throws a dispatch error when `who` cannot pay; returns what was paid.
   */
  // biome-ignore lint/suspicious/noExplicitAny: any call of the runtime
  chargeFee(ctx: DispatchContext, who: AccountId, call: CallDef<any>, info: ExtrinsicInfo): bigint;
}
