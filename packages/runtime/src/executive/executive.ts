/**
 * The executive: runs a block's hooks and extrinsics against the state. A failing extrinsic reverts
 * its own writes and events and records `ExtrinsicFailed`; nothing a call does can crash block
 * production ("the runtime cannot panic").
 */
import type { BoundCall, CallDef, DispatchContext } from '../dispatch/callDef.js';
import { DispatchError } from '../dispatch/dispatchError.js';
import type { Origin } from '../dispatch/origin.js';
import type { RuntimeModule } from '../dispatch/runtimeModule.js';

export interface ExtrinsicOutcome {
  readonly ok: boolean;
  readonly error?: DispatchError;
}

export class Executive {
  // biome-ignore lint/suspicious/noExplicitAny: calls are looked up by name, arguments checked by their codec
  private readonly calls = new Map<string, CallDef<any>>();
  // biome-ignore lint/suspicious/noExplicitAny: see above
  private readonly callsByIndex = new Map<string, CallDef<any>>();

  constructor(readonly modules: readonly RuntimeModule[]) {
    for (const module of modules) {
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

  initializeBlock(ctx: DispatchContext): void {
    ctx.events.setPhase({ kind: 'initialization' });
    for (const module of this.modules) module.onInitialize?.(ctx);
  }

  finalizeBlock(ctx: DispatchContext): void {
    ctx.events.setPhase({ kind: 'finalization' });
    for (const module of this.modules) module.onFinalize?.(ctx);
  }

  applyExtrinsic(ctx: DispatchContext, index: number, origin: Origin, call: BoundCall): ExtrinsicOutcome {
    ctx.events.setPhase({ kind: 'applyExtrinsic', index });
    const def = this.findCall(call.pallet, call.name);
    if (def === undefined) {
      return this.failed(ctx, new DispatchError('System', 'CallNotFound', `${call.pallet}.${call.name}`));
    }
    try {
      ctx.state.transaction(() => ctx.events.transaction(() => def.dispatch(ctx, origin, call.args)));
    } catch (error) {
      const dispatchError =
        error instanceof DispatchError
          ? error
          : new DispatchError('System', 'Other', error instanceof Error ? error.message : String(error));
      return this.failed(ctx, dispatchError);
    }
    ctx.events.emit({ pallet: 'System', name: 'ExtrinsicSuccess', data: { paysFee: def.pays } });
    return { ok: true };
  }

  private failed(ctx: DispatchContext, error: DispatchError): ExtrinsicOutcome {
    ctx.events.emit({
      pallet: 'System',
      name: 'ExtrinsicFailed',
      data: { module: error.pallet, error: error.error, message: error.message },
    });
    return { ok: false, error };
  }
}
