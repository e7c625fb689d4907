/**
 * A chain driven the way the node drives the runtime, over nothing but the package's public API: the genesis
 * builder's writes in a `MemoryBackend`, then for every block a fresh `OverlayState` over the parent state,
 * the timestamp inherent and the signed extrinsics as bytes (encoded with the runtime's call codec and
 * decoded back, with the signer's account nonce and the extrinsic length), `applyBlock`, and the block's
 * changes committed to the backend.
 */
import assert from 'node:assert/strict';
import type { AccountId } from '@taonet/primitives';
import {
  Account,
  type BlockResult,
  type BoundCall,
  type Extrinsic,
  type GenesisConfig,
  MemoryBackend,
  none,
  OverlayState,
  type PhasedEvent,
  type Runtime,
  type StateChanges,
  signed,
} from '@taonet/runtime';

/** Bytes a signed extrinsic adds around its call (address, signature, era, nonce, tip, mode): length-fee input. */
export const SIGNED_ENVELOPE_BYTES = 103;
export const BLOCK_TIME_MS = 12_000;

export interface SignedCall {
  readonly who: AccountId;
  readonly call: BoundCall;
}

export interface AppliedBlock extends BlockResult {
  readonly number: number;
  readonly changes: StateChanges;
}

export class LifecycleChain {
  readonly backend: MemoryBackend;
  number = 0;
  /** checked after every committed block */
  private readonly invariants: ((state: OverlayState) => void)[] = [];

  constructor(
    readonly runtime: Runtime,
    config: GenesisConfig,
    readonly author: AccountId,
  ) {
    this.backend = new MemoryBackend(runtime.buildGenesis(config).changes);
  }

  /** Check `invariant` on the current state now and after every later commit. */
  checkAlways(invariant: (state: OverlayState) => void): void {
    this.invariants.push(invariant);
    invariant(this.view());
  }

  private commit(changes: StateChanges): void {
    this.backend.apply(changes);
    for (const invariant of this.invariants) invariant(this.view());
  }

  /** A view of the latest state (what RPC queries read); it is live: later blocks show through it. */
  view(): OverlayState {
    return new OverlayState(this.backend);
  }

  /** The call as the node receives it: encoded to bytes, decoded with the runtime's call codec. */
  private wire(call: BoundCall): { call: BoundCall; length: number } {
    const bytes = this.runtime.callCodec.enc(call);
    return { call: this.runtime.callCodec.dec(bytes), length: bytes.length };
  }

  private extrinsics(number: number, txs: readonly SignedCall[], parent: OverlayState): Extrinsic[] {
    const timestamp = this.wire({ pallet: 'Timestamp', name: 'set', args: { now: number * BLOCK_TIME_MS } });
    const nonces = new Map<AccountId, number>();
    const signedExtrinsics = txs.map(({ who, call }): Extrinsic => {
      const nonce = nonces.get(who) ?? Account.get(parent, [who]).nonce;
      nonces.set(who, nonce + 1);
      const wired = this.wire(call);
      return { origin: signed(who), call: wired.call, length: wired.length + SIGNED_ENVELOPE_BYTES, nonce };
    });
    return [{ origin: none, call: timestamp.call, length: timestamp.length }, ...signedExtrinsics];
  }

  /** Execute the next block on a view of the current state; nothing is committed. */
  dryRun(...txs: SignedCall[]): AppliedBlock {
    const number = this.number + 1;
    const state = new OverlayState(this.backend);
    const header = { number, timestamp: number * BLOCK_TIME_MS, author: this.author };
    const result = this.runtime.applyBlock(state, {
      header,
      extrinsics: this.extrinsics(number, txs, state),
    });
    return { ...result, number, changes: state.takeChanges() };
  }

  /** Execute and commit the next block; the timestamp inherent must succeed. */
  block(...txs: SignedCall[]): AppliedBlock {
    const applied = this.dryRun(...txs);
    const inherent = applied.outcomes[0];
    if (inherent?.ok !== true) throw new Error(`timestamp inherent failed: ${inherent?.error?.message}`);
    this.number = applied.number;
    this.commit(applied.changes);
    return { ...applied, outcomes: applied.outcomes.slice(1) };
  }

  /** Commit empty blocks until (and including) block `target`. */
  advanceTo(target: number): void {
    while (this.number < target) this.block();
  }
}

/** `Pallet.Error` of each failed extrinsic, 'ok' for the others. */
export function outcomesOf(block: AppliedBlock): string[] {
  return block.outcomes.map((o) => (o.ok ? 'ok' : `${o.error?.pallet}.${o.error?.error}`));
}

export function expectOk(block: AppliedBlock): void {
  assert.deepEqual(
    outcomesOf(block),
    block.outcomes.map(() => 'ok'),
  );
}

/** The events of a block with the given name. */
export function eventsNamed(block: { readonly events: readonly PhasedEvent[] }, name: string): PhasedEvent[] {
  return block.events.filter((event) => event.name === name);
}
