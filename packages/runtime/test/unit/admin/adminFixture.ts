/**
 * A chain for the admin tests: subnets written straight into the subnets schema (the owner, a tempo and
 * an epoch cycle that starts at the subnet's creation block), an executive with AdminUtils and Sudo, and
 * helpers that apply a call at a block and check that a failed call changed nothing.
 */
import assert from 'node:assert/strict';
import { type AccountId, accountId, type NetUid, netUid } from '@taonet/primitives';
import { adminUtilsModule } from '../../../src/admin/adminUtilsModule.js';
import { createSudoModule } from '../../../src/admin/sudo/createSudoModule.js';
import { SudoKey } from '../../../src/admin/sudo/schema.js';
import type { BoundCall, DispatchContext } from '../../../src/dispatch/callDef.js';
import { type Origin, root, signed } from '../../../src/dispatch/origin.js';
import { EventLog, type PhasedEvent } from '../../../src/dispatch/runtimeEvent.js';
import { Executive, type ExtrinsicOutcome } from '../../../src/executive/executive.js';
import { createRuntimeCallCodec } from '../../../src/executive/runtimeCallCodec.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { LastEpochBlock, NetworksAdded, SubnetOwner, Tempo } from '../../../src/subnets/schema.js';

export const NET = netUid(1);
/** A deterministic account: 32 bytes of `seed`. */
export const acct = (seed: number): AccountId => accountId(new Uint8Array(32).fill(seed));
export const OWNER = acct(1);
export const SUDO_KEY = acct(2);
export const STRANGER = acct(3);
/** the first block of the test subnets' epoch cycle */
export const START = 1_000;

export class AdminChain {
  readonly state = new OverlayState(new MemoryBackend());
  readonly executive: Executive;
  events = new EventLog();

  constructor() {
    let executive: Executive | undefined;
    const callCodec = createRuntimeCallCodec(() => executive!);
    const sudo = createSudoModule({
      callCodec,
      dispatch: (ctx, origin, call) => executive!.dispatch(ctx, origin, call),
    });
    executive = new Executive([adminUtilsModule, sudo]);
    this.executive = executive;
    SudoKey.set(this.state, SUDO_KEY);
  }

  ctx(block: number): DispatchContext {
    return { state: this.state, block: { number: block, timestamp: block * 12_000 }, events: this.events };
  }

  addSubnet(netuid: NetUid, owner: AccountId = OWNER, tempo = 360): void {
    NetworksAdded.set(this.state, [netuid], true);
    SubnetOwner.set(this.state, [netuid], owner);
    Tempo.set(this.state, [netuid], tempo);
    LastEpochBlock.set(this.state, [netuid], BigInt(START));
  }

  applyCall(block: number, origin: Origin | AccountId, call: BoundCall): ExtrinsicOutcome {
    const who = typeof origin === 'string' ? signed(origin) : origin;
    return this.executive.applyExtrinsic(this.ctx(block), 0, who, call);
  }

  apply(block: number, origin: Origin | AccountId, name: string, args: unknown): ExtrinsicOutcome {
    return this.applyCall(block, origin, { pallet: 'AdminUtils', name, args });
  }

  ok(block: number, origin: Origin | AccountId, name: string, args: unknown): void {
    const outcome = this.apply(block, origin, name, args);
    assert.equal(outcome.ok, true, `${name}: ${outcome.error?.message}`);
  }

  /** Applies the call, asserts it failed with `error` and left the state untouched. */
  fails(block: number, origin: Origin | AccountId, name: string, args: unknown, error: string): void {
    const before = snapshot(this.state);
    const outcome = this.apply(block, origin, name, args);
    assert.equal(outcome.ok, false, `${name} should fail with ${error}`);
    assert.equal(outcome.error?.error, error, outcome.error?.message);
    assert.deepEqual(snapshot(this.state), before, 'a failed call changes nothing');
  }

  named(name: string): PhasedEvent[] {
    return this.events.all().filter((event) => event.name === name);
  }
}

export function snapshot(state: OverlayState): string[] {
  return [...state.peekChanges()].map(([key, value]) => `${key}=${value === null ? '-' : value.join(',')}`);
}

export { root };
