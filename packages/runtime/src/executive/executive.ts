/**
 * The executive: runs a block's hooks and extrinsics against the state. A failing extrinsic reverts
 * its own writes and events and records `ExtrinsicFailed`; nothing a call does can crash block
 * production ("the runtime cannot panic"). With `ExtrinsicInfo` an extrinsic is applied in full, as
 * Substrate's `apply_extrinsic`: nonce check and increment, then the fee (kept even when the call fails),
 * then the call.
 */
import type { AccountId } from '@taonet/primitives';
import type { Codec } from 'scale-ts';
import type { BoundCall, CallDef, DispatchContext } from '../dispatch/callDef.js';
import { DispatchError } from '../dispatch/dispatchError.js';
import type { Origin } from '../dispatch/origin.js';
import type { RuntimeModule } from '../dispatch/runtimeModule.js';
import type { OverlayState } from '../state/overlayState.js';
import { Account } from '../system/schema.js';
import type { ExtrinsicInfo, FeeHandler } from './feeHandler.js';
import { type CallLookup, createRuntimeCallCodec } from './runtimeCallCodec.js';

export interface ExtrinsicOutcome {
  readonly ok: boolean;
  readonly error?: DispatchError;
  /** the fee withdrawn from the signer (0 when none was charged) */
  readonly feePaid?: bigint;
}

/**
 * A check every signed extrinsic passes before its fee and call (a FRAME transaction extension's
 * `validate`), e.g. the coldkey-swap freeze. It throws a dispatch error to refuse the extrinsic.
 */
export type SignedCallFilter = (
  state: OverlayState,
  origin: Origin & { kind: 'signed' },
  call: BoundCall,
) => void;

export interface ExecutiveOpts {
  /** charges fees of signed extrinsics applied with `ExtrinsicInfo`; without it nothing is charged */
  readonly feeHandler?: FeeHandler;
  /** checks run on every signed extrinsic before its nonce, fee and call */
  readonly signedCallFilters?: readonly SignedCallFilter[];
}

const toDispatchError = (error: unknown): DispatchError =>
  error instanceof DispatchError
    ? error
    : new DispatchError('System', 'Other', error instanceof Error ? error.message : String(error));

export class Executive implements CallLookup {
  // biome-ignore lint/suspicious/noExplicitAny: calls are looked up by name, arguments checked by their codec
  private readonly calls = new Map<string, CallDef<any>>();
  // biome-ignore lint/suspicious/noExplicitAny: see above
  private readonly callsByIndex = new Map<string, CallDef<any>>();
  private readonly palletIndices = new Map<string, number>();
  /** `RuntimeCall`: `[pallet index][call index][arguments]` over this executive's modules */
  readonly callCodec: Codec<BoundCall> = createRuntimeCallCodec(() => this);

  constructor(
    readonly modules: readonly RuntimeModule[],
    private readonly opts: ExecutiveOpts = {},
  ) {
    for (const module of modules) {
      this.palletIndices.set(module.name, module.index);
      for (const call of module.calls) {
        this.calls.set(`${module.name}.${call.name}`, call);
        this.callsByIndex.set(`${module.index}.${call.index}`, call);
      }
    }
  }

  // biome-ignore lint/suspicious/noExplicitAny: see above
  findCall(pallet: string, name: string): CallDef<any> | undefined {
    return this.calls.get(`${pallet}.${name}`);
  }

  // biome-ignore lint/suspicious/noExplicitAny: see above
  findCallByIndex(palletIndex: number, callIndex: number): CallDef<any> | undefined {
    return this.callsByIndex.get(`${palletIndex}.${callIndex}`);
  }

  palletIndex(pallet: string): number | undefined {
    return this.palletIndices.get(pallet);
  }

  initializeBlock(ctx: DispatchContext): void {
    ctx.events.setPhase({ kind: 'initialization' });
    for (const module of this.modules) module.onInitialize?.(ctx);
  }

  finalizeBlock(ctx: DispatchContext): void {
    ctx.events.setPhase({ kind: 'finalization' });
    for (const module of this.modules) module.onFinalize?.(ctx);
  }

  /**
   * Dispatch `call` with `origin` in a nested transaction (writes and events kept only on success) and
   * throw its dispatch error on failure: what `sudo` and batches use for inner calls.
   */
  dispatch(ctx: DispatchContext, origin: Origin, call: BoundCall): void {
    const def = this.findCall(call.pallet, call.name);
    if (def === undefined) throw new DispatchError('System', 'CallNotFound', `${call.pallet}.${call.name}`);
    try {
      ctx.state.transaction(() => ctx.events.transaction(() => def.dispatch(ctx, origin, call.args)));
    } catch (error) {
      throw toDispatchError(error);
    }
  }

  /**
   * Apply one extrinsic at position `index`. With `info` (what `applyBlock` passes) a signed extrinsic is
   * checked against and increments the signer's nonce, then pays its fee before the call runs; a call
   * that fails keeps the fee and the nonce. Never throws.
   */
  applyExtrinsic(
    ctx: DispatchContext,
    index: number,
    origin: Origin,
    call: BoundCall,
    info?: ExtrinsicInfo,
  ): ExtrinsicOutcome {
    ctx.events.setPhase({ kind: 'applyExtrinsic', index });
    const def = this.findCall(call.pallet, call.name);
    if (def === undefined) {
      return this.failed(ctx, new DispatchError('System', 'CallNotFound', `${call.pallet}.${call.name}`), 0n);
    }
    if (origin.kind === 'signed') {
      try {
        for (const filter of this.opts.signedCallFilters ?? []) filter(ctx.state, origin, call);
      } catch (error) {
        return this.failed(ctx, toDispatchError(error), 0n);
      }
    }
    let feePaid = 0n;
    if (info !== undefined && origin.kind === 'signed') {
      try {
        feePaid = ctx.state.transaction(() => this.preDispatch(ctx, origin.who, def, info));
      } catch (error) {
        return this.failed(ctx, toDispatchError(error), 0n);
      }
    }
    try {
      this.dispatch(ctx, origin, call);
    } catch (error) {
      return this.failed(ctx, toDispatchError(error), feePaid);
    }
    ctx.events.emit({ pallet: 'System', name: 'ExtrinsicSuccess', data: { paysFee: def.pays } });
    return { ok: true, feePaid };
  }

  /** CheckNonce + ChargeTransactionPayment: returns the fee paid. */
  // biome-ignore lint/suspicious/noExplicitAny: any call of the runtime
  private preDispatch(ctx: DispatchContext, who: AccountId, def: CallDef<any>, info: ExtrinsicInfo): bigint {
    const account = Account.get(ctx.state, [who]);
    if (info.nonce !== undefined && info.nonce !== account.nonce) {
      const kind = info.nonce < account.nonce ? 'Stale' : 'Future';
      throw new DispatchError('System', kind, `nonce ${info.nonce}, account nonce ${account.nonce}`);
    }
    account.nonce += 1;
    Account.set(ctx.state, [who], account);
    return this.opts.feeHandler?.chargeFee(ctx, who, def, info) ?? 0n;
  }

  private failed(ctx: DispatchContext, error: DispatchError, feePaid: bigint): ExtrinsicOutcome {
    ctx.events.emit({
      pallet: 'System',
      name: 'ExtrinsicFailed',
      data: { module: error.pallet, error: error.error, message: error.message },
    });
    return { ok: false, error, feePaid };
  }
}
