/**
 * `applyBlock(executive, state, block)`: the state transition of one block, like Lodestar's
 * `stateTransition(state, block)`. Sets the block number and time, runs every module's `onInitialize`
 * (SubtensorModule's block step), applies the extrinsics in order (each pays its fee and keeps it even when
 * its call fails), runs `onFinalize`, and returns the events and one outcome per extrinsic. Signature
 * checks happen before (in the node); the state root is computed by whoever persists `state`.
 */
import type { AccountId, Hash } from '@taonet/primitives';
import type { BoundCall, DispatchContext } from '../dispatch/callDef.js';
import type { Origin } from '../dispatch/origin.js';
import { EventLog, type PhasedEvent } from '../dispatch/runtimeEvent.js';
import type { OverlayState } from '../state/overlayState.js';
import { BlockNumber } from '../system/schema.js';
import { Now } from '../timestamp/schema.js';
import type { Executive, ExtrinsicOutcome } from './executive.js';

export interface BlockHeader {
  readonly number: number;
  /** the block author (receives fees when the chain pays authors) */
  readonly author?: AccountId;
  /** milliseconds since the Unix epoch */
  readonly timestamp: number;
  readonly parentHash?: Hash;
}

export interface Extrinsic {
  readonly origin: Origin;
  readonly call: BoundCall;
  /** encoded length of the signed extrinsic; defaults to the encoded call's length */
  readonly length?: number;
  readonly tip?: bigint;
  readonly nonce?: number;
}

export interface Block {
  readonly header: BlockHeader;
  readonly extrinsics: readonly Extrinsic[];
}

export interface BlockResult {
  readonly events: readonly PhasedEvent[];
  readonly outcomes: readonly ExtrinsicOutcome[];
}

export function createBlockContext(state: OverlayState, header: BlockHeader): DispatchContext {
  const block = {
    number: header.number,
    timestamp: header.timestamp,
    ...(header.author === undefined ? {} : { author: header.author }),
    ...(header.parentHash === undefined ? {} : { parentHash: header.parentHash }),
  };
  return { state, block, events: new EventLog() };
}

function extrinsicLength(executive: Executive, extrinsic: Extrinsic): number {
  if (extrinsic.length !== undefined) return extrinsic.length;
  try {
    return executive.callCodec.enc(extrinsic.call).length;
  } catch {
    return 0; // an unknown call fails in applyExtrinsic with CallNotFound
  }
}

export function applyBlock(executive: Executive, state: OverlayState, block: Block): BlockResult {
  const ctx = createBlockContext(state, block.header);
  BlockNumber.set(state, block.header.number);
  Now.set(state, BigInt(block.header.timestamp));
  executive.initializeBlock(ctx);
  const outcomes = block.extrinsics.map((extrinsic, index) => {
    const info = {
      length: extrinsicLength(executive, extrinsic),
      ...(extrinsic.tip === undefined ? {} : { tip: extrinsic.tip }),
      ...(extrinsic.nonce === undefined ? {} : { nonce: extrinsic.nonce }),
    };
    return executive.applyExtrinsic(ctx, index, extrinsic.origin, extrinsic.call, info);
  });
  executive.finalizeBlock(ctx);
  return { events: ctx.events.all(), outcomes };
}
