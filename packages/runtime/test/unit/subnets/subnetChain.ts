/**
 * A small chain for the subnets, registration and scenario tests: an in-memory state with root created, the
 * subnets and registration modules behind an `Executive`, the swap API, and a block clock whose
 * `nextBlock()` runs the registration hook and persists the block's writes.
 */
import { type AccountId, accountId, type NetUid, netUid } from '@taonet/primitives';
import { CurrencyIssuance } from '../../../src/balances/schema.js';
import type { BoundCall, DispatchContext } from '../../../src/dispatch/callDef.js';
import { type Origin, root, signed } from '../../../src/dispatch/origin.js';
import { EventLog, type PhasedEvent } from '../../../src/dispatch/runtimeEvent.js';
import { Executive, type ExtrinsicOutcome } from '../../../src/executive/executive.js';
import { updateRegistrationPricesForNetworks } from '../../../src/registration/hooks.js';
import { createRegistrationModule } from '../../../src/registration/registrationModule.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { createRootNetwork } from '../../../src/subnets/initNewNetwork.js';
import { createSubnetsModule } from '../../../src/subnets/subnetsModule.js';
import { SUBTENSOR } from '../../../src/subtensor/subtensorPallet.js';
import { createSwapApi } from '../../../src/swap/createSwapApi.js';
import type { SwapApi } from '../../../src/swap/swapApi.js';
import { Account } from '../../../src/system/schema.js';

export const TAO = 1_000_000_000n;
export const ROOT = netUid(0);

export const account = (n: number): AccountId => accountId(`0x${n.toString(16).padStart(64, '0')}`);
export const AUTHOR = account(0xa0a0);

export interface SubnetChain {
  readonly backend: MemoryBackend;
  readonly state: OverlayState;
  readonly swap: SwapApi;
  readonly executive: Executive;
  block: number;
  events: EventLog;
  ctx(): DispatchContext;
  /** Dispatch a SubtensorModule call through the executive (a failure rolls back its writes). */
  call(origin: Origin | AccountId, name: string, args: unknown): ExtrinsicOutcome;
  /** Persist this block and start the next one (`n` blocks later), running the registration hook. */
  nextBlock(n?: number): void;
  endow(who: AccountId, amount: bigint): void;
  free(who: AccountId): bigint;
  /** Events of the current block with this name. */
  eventsNamed(name: string): PhasedEvent[];
}

export function createSubnetChain(opts: { author?: AccountId; startBlock?: number } = {}): SubnetChain {
  const backend = new MemoryBackend();
  const state = new OverlayState(backend);
  const swap = createSwapApi();
  const modules = [createSubnetsModule({ swap }), createRegistrationModule({ swap })];
  const executive = new Executive(modules);
  createRootNetwork({ state });
  const chain: SubnetChain = {
    backend,
    state,
    swap,
    executive,
    block: opts.startBlock ?? 1,
    events: new EventLog(),
    ctx() {
      const block = { number: chain.block, timestamp: 0, ...(opts.author ? { author: opts.author } : {}) };
      return { state, events: chain.events, block };
    },
    call(origin, name, args) {
      const from = typeof origin === 'string' ? signed(origin) : origin;
      const bound: BoundCall = { pallet: SUBTENSOR, name, args };
      return executive.applyExtrinsic(chain.ctx(), 0, from, bound);
    },
    nextBlock(n = 1) {
      backend.apply(state.takeChanges());
      chain.block += n;
      chain.events = new EventLog();
      updateRegistrationPricesForNetworks(chain.ctx());
    },
    endow(who, amount) {
      const info = Account.get(state, [who]);
      info.data.free += amount;
      info.providers = 1;
      Account.set(state, [who], info);
      CurrencyIssuance.mutate(state, (v) => v + amount);
    },
    free: (who) => Account.get(state, [who]).data.free,
    eventsNamed: (name) => chain.events.all().filter((event) => event.name === name),
  };
  return chain;
}

/** Root origin, re-exported for the tests. */
export const ROOT_ORIGIN: Origin = root;

export const subnet = (n: number): NetUid => netUid(n);

/** A snapshot of every pending write (the state of the block so far). */
export function snapshot(chain: SubnetChain): string {
  const parts: string[] = [];
  for (const [key, value] of chain.state.peekChanges()) {
    parts.push(`${key}=${value === null ? 'null' : Buffer.from(value).toString('hex')}`);
  }
  return parts.join('\n');
}

/**
 * Dispatch a call that must fail with `error`, and check that it changed nothing (state and events),
 * as the executive's rollback promises.
 */
export function expectFailure(
  chain: SubnetChain,
  origin: Origin | AccountId,
  name: string,
  args: unknown,
): string {
  const before = snapshot(chain);
  const eventsBefore = chain.events.all().length;
  const outcome = chain.call(origin, name, args);
  if (outcome.ok) throw new Error(`${name} succeeded, a failure was expected`);
  if (snapshot(chain) !== before)
    throw new Error(`${name} failed (${outcome.error?.error}) but changed the state`);
  const added = chain.events.all().slice(eventsBefore);
  if (added.length !== 1 || added[0]?.name !== 'ExtrinsicFailed') {
    throw new Error(`${name} failed but emitted ${added.map((e) => e.name).join(', ')}`);
  }
  return outcome.error?.error ?? '';
}

/** Dispatch a call that must succeed. */
export function expectSuccess(
  chain: SubnetChain,
  origin: Origin | AccountId,
  name: string,
  args: unknown,
): void {
  const outcome = chain.call(origin, name, args);
  if (!outcome.ok) throw new Error(`${name} failed: ${outcome.error?.message}`);
}
