/**
 * A call (extrinsic) of a module: its index and wire name as in subtensor, its SCALE argument codec,
 * whether it pays a fee, and the dispatch function (ensure checks, effects, events).
 */
import type { Codec } from 'scale-ts';
import type { OverlayState } from '../state/overlayState.js';
import type { Origin } from './origin.js';
import type { EventLog, RuntimeEvent } from './runtimeEvent.js';

/** What a block knows about itself while it executes. */
export interface BlockEnv {
  readonly number: number;
  /** the block author's account (fees and swap fees go there when the chain pays authors) */
  readonly author?: string;
  /** milliseconds since the Unix epoch, from the timestamp inherent */
  readonly timestamp: number;
  /** the parent block's hash (0x hex) when the node knows it: the root auto-claim draws coldkeys from it */
  readonly parentHash?: string;
}

export interface DispatchContext {
  readonly state: OverlayState;
  readonly block: BlockEnv;
  readonly events: EventLog;
}

export function emit(ctx: DispatchContext, event: RuntimeEvent): void {
  ctx.events.emit(event);
}

export interface CallDef<Args> {
  readonly pallet: string;
  readonly index: number;
  readonly name: string;
  readonly args: Codec<Args>;
  /** `Pays::No` calls (set_weights, serve_axon, ...) are free */
  readonly pays: boolean;
  readonly docs: string;
  dispatch(ctx: DispatchContext, origin: Origin, args: Args): void;
}

export function defineCall<Args>(def: CallDef<Args>): CallDef<Args> {
  return def;
}

/** A call bound to its arguments, ready to dispatch. */
export interface BoundCall {
  readonly pallet: string;
  readonly name: string;
  readonly args: unknown;
}
