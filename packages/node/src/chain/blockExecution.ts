/**
 * Running a block's extrinsics through the runtime (`Runtime.applyBlock`) on a view of the parent
 * state: the same call for authoring and import, so both reach the same state. An extrinsic whose
 * nonce or fee check failed inside the executive (System.Stale/Future, TransactionPayment.Payment) is
 * an invalid transaction: authors leave it out, importers refuse a block with one.
 */
import type { AccountId, Hash } from '@taonet/primitives';
import {
  type Extrinsic,
  type ExtrinsicOutcome,
  none,
  OverlayState,
  type PhasedEvent,
  type Runtime,
  type StateBackend,
  type StateChanges,
  signed,
} from '@taonet/runtime';
import type { DecodedExtrinsic } from '../extrinsic/decodeExtrinsic.js';

export interface ExecutionHeader {
  readonly number: number;
  readonly timestamp: number;
  readonly author: AccountId;
  /** the parent block's hash, passed to the runtime's block environment */
  readonly parentHash?: Hash;
}

export interface ExecutedBlock {
  readonly changes: StateChanges;
  readonly events: readonly PhasedEvent[];
  readonly outcomes: readonly ExtrinsicOutcome[];
  /** wall time of the runtime call */
  readonly executionMs: number;
}

export function toRuntimeExtrinsic(xt: DecodedExtrinsic): Extrinsic {
  if (!xt.envelope.signed) return { origin: none, call: xt.call, length: xt.bytes.length };
  const { signer, extra } = xt.envelope;
  return {
    origin: signed(signer),
    call: xt.call,
    length: xt.bytes.length,
    tip: extra.tip,
    nonce: extra.nonce,
  };
}

export function executeBlock(
  runtime: Runtime,
  parentState: StateBackend,
  header: ExecutionHeader,
  extrinsics: readonly DecodedExtrinsic[],
): ExecutedBlock {
  const started = performance.now();
  const state = new OverlayState(parentState);
  const result = runtime.applyBlock(state, { header, extrinsics: extrinsics.map(toRuntimeExtrinsic) });
  return {
    changes: state.takeChanges(),
    events: result.events,
    outcomes: result.outcomes,
    executionMs: performance.now() - started,
  };
}

/** True when the executive refused the extrinsic before its call ran (nonce or fee). */
export function isInvalidOutcome(outcome: ExtrinsicOutcome): boolean {
  const error = outcome.error;
  if (outcome.ok || error === undefined) return false;
  return (
    (error.pallet === 'System' && (error.error === 'Stale' || error.error === 'Future')) ||
    (error.pallet === 'TransactionPayment' && error.error === 'Payment')
  );
}
