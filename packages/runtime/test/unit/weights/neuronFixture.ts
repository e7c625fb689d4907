/**
 * A small chain for the weights, serving and consensus tests: subnets and neurons written straight into
 * the subnets/neurons/staking schemas (registration calls live elsewhere), an executive with the weights
 * and serving modules, and helpers to apply a call at a block and to check a failed call changed nothing.
 */
import assert from 'node:assert/strict';
import { type AccountId, accountId, type NetUid, netUid } from '@taonet/primitives';
import type { BlockEnv, DispatchContext } from '../../../src/dispatch/callDef.js';
import { type Origin, signed } from '../../../src/dispatch/origin.js';
import { EventLog, type PhasedEvent } from '../../../src/dispatch/runtimeEvent.js';
import { Executive, type ExtrinsicOutcome } from '../../../src/executive/executive.js';
import {
  BlockAtRegistration,
  IsNetworkMember,
  Keys,
  LastUpdate,
  SubnetworkN,
  Uids,
  ValidatorPermit,
} from '../../../src/neurons/schema.js';
import { servingModule } from '../../../src/serving/servingModule.js';
import { TotalHotkeyAlpha } from '../../../src/staking/schema.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import {
  CommitRevealWeightsEnabled,
  MinAllowedWeights,
  WeightsSetRateLimit,
} from '../../../src/subnets/hyperparameters.js';
import { NetworksAdded, SubnetOwnerHotkey, Tempo } from '../../../src/subnets/schema.js';
import { weightsModule } from '../../../src/weights/weightsModule.js';

export const NET = netUid(1);

/** A deterministic hotkey: 32 bytes of `seed`. */
export const hk = (seed: number): AccountId => accountId(new Uint8Array(32).fill(seed));

export class TestChain {
  readonly state = new OverlayState(new MemoryBackend());
  readonly executive = new Executive([weightsModule, servingModule]);
  events = new EventLog();

  ctx(block: number): DispatchContext {
    const env: BlockEnv = { number: block, timestamp: block * 12_000 };
    return { state: this.state, block: env, events: this.events };
  }

  apply(block: number, origin: Origin | AccountId, name: string, args: unknown): ExtrinsicOutcome {
    const who = typeof origin === 'string' ? signed(origin) : origin;
    return this.executive.applyExtrinsic(this.ctx(block), 0, who, { pallet: 'SubtensorModule', name, args });
  }

  /** Applies the call, asserts it succeeded. */
  ok(block: number, origin: Origin | AccountId, name: string, args: unknown): void {
    const outcome = this.apply(block, origin, name, args);
    assert.equal(outcome.ok, true, outcome.error?.message);
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

function snapshot(state: OverlayState): string[] {
  return [...state.peekChanges()].map(([key, value]) => `${key}=${value === null ? '-' : value.join(',')}`);
}

export interface SubnetOpts {
  readonly tempo?: number;
  readonly rateLimit?: bigint;
  readonly commitReveal?: boolean;
  readonly minAllowedWeights?: number;
}

/** A subnet with no neurons: tempo 10, no weights rate limit, commit-reveal off, min 1 weight. */
export function addSubnet(chain: TestChain, netuid: NetUid = NET, opts: SubnetOpts = {}): void {
  const { state } = chain;
  NetworksAdded.set(state, [netuid], true);
  Tempo.set(state, [netuid], opts.tempo ?? 10);
  WeightsSetRateLimit.set(state, [netuid], opts.rateLimit ?? 0n);
  CommitRevealWeightsEnabled.set(state, [netuid], opts.commitReveal ?? false);
  MinAllowedWeights.set(state, [netuid], opts.minAllowedWeights ?? 1);
}

export interface NeuronOpts {
  readonly block?: bigint;
  readonly stake?: bigint;
  readonly permit?: boolean;
  readonly owner?: boolean;
}

/** Appends a neuron the way `append_neuron` does; returns its uid. */
export function addNeuron(chain: TestChain, hotkey: AccountId, opts: NeuronOpts = {}, netuid = NET): number {
  const { state } = chain;
  const uid = SubnetworkN.get(state, [netuid]);
  const block = opts.block ?? 1n;
  Keys.set(state, [netuid, uid], hotkey);
  Uids.set(state, [netuid, hotkey], uid);
  IsNetworkMember.set(state, [hotkey, netuid], true);
  BlockAtRegistration.set(state, [netuid, uid], block);
  SubnetworkN.set(state, [netuid], uid + 1);
  LastUpdate.mutate(state, [netuid], (values) => [...values, block]);
  ValidatorPermit.mutate(state, [netuid], (values) => [...values, opts.permit ?? false]);
  if (opts.stake !== undefined) TotalHotkeyAlpha.set(state, [hotkey, netuid], opts.stake);
  if (opts.owner === true) SubnetOwnerHotkey.set(state, [netuid], hotkey);
  return uid;
}
