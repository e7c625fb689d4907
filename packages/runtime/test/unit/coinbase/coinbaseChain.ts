/**
 * A chain for the coinbase tests: subnets, registration, weights, staking (with the root-claim watermarks) and
 * root claims behind one `Executive` over an in-memory state with root created, and a block clock whose
 * `nextBlock()` persists the block, then runs the next block's step: registration prices and the coinbase's
 * steps 2, 4, 5, 6 and 8. Helpers open started subnets, register neurons and read the accounting invariants.
 */
import { type AccountId, accountId, type NetUid, netUid } from '@taonet/primitives';
import { mint } from '../../../src/balances/currency.js';
import { CurrencyIssuance, TotalIssuance } from '../../../src/balances/schema.js';
import { type Coinbase, createCoinbase } from '../../../src/coinbase/createCoinbase.js';
import type { CoinbaseBlock } from '../../../src/coinbase/runCoinbase.js';
import type { BoundCall, DispatchContext } from '../../../src/dispatch/callDef.js';
import { type Origin, signed } from '../../../src/dispatch/origin.js';
import { EventLog } from '../../../src/dispatch/runtimeEvent.js';
import { Executive, type ExtrinsicOutcome } from '../../../src/executive/executive.js';
import { createAccountIfNonExistent } from '../../../src/neurons/hotkeyOwnership.js';
import { appendNeuron } from '../../../src/neurons/neuronSlots.js';
import { updateRegistrationPricesForNetworks } from '../../../src/registration/hooks.js';
import { createRegistrationModule } from '../../../src/registration/registrationModule.js';
import { rootStakeHooks } from '../../../src/rootClaim/rootClaimable.js';
import { createRootClaimModule } from '../../../src/rootClaim/rootClaimModule.js';
import { createStakingModule } from '../../../src/staking/stakingModule.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { CommitRevealWeightsEnabled, WeightsSetRateLimit } from '../../../src/subnets/hyperparameters.js';
import { createRootNetwork } from '../../../src/subnets/initNewNetwork.js';
import {
  NetworkLastLockCost,
  NetworkMinLockCost,
  NetworkRateLimit,
  SubnetEmissionEnabled,
} from '../../../src/subnets/schema.js';
import { getAllSubnetNetuids, getNetworkLockCostAt } from '../../../src/subnets/subnetRegistry.js';
import { createSubnetsModule } from '../../../src/subnets/subnetsModule.js';
import { SUBTENSOR } from '../../../src/subtensor/subtensorPallet.js';
import { createSwapApi } from '../../../src/swap/createSwapApi.js';
import type { SwapApi } from '../../../src/swap/swapApi.js';
import { Account } from '../../../src/system/schema.js';
import { weightsModule } from '../../../src/weights/weightsModule.js';

export const TAO = 1_000_000_000n;
export const ROOT = netUid(0);
export const account = (n: number): AccountId => accountId(`0x${n.toString(16).padStart(64, '0')}`);
export const AUTHOR = account(0xa0a0);

export interface CoinbaseChain {
  readonly backend: MemoryBackend;
  readonly state: OverlayState;
  readonly swap: SwapApi;
  readonly coinbase: Coinbase;
  readonly executive: Executive;
  block: number;
  events: EventLog;
  /** what the last `nextBlock` coinbase did */
  last: CoinbaseBlock | undefined;
  ctx(): DispatchContext;
  call(origin: Origin | AccountId, name: string, args: unknown): ExtrinsicOutcome;
  /** Persist this block, start the next one and run its block step (`n` times). */
  nextBlock(n?: number): void;
  /** New TAO for `who` (both issuance counters rise, as genesis balances do). */
  endow(who: AccountId, amount: bigint): void;
  free(who: AccountId): bigint;
  /** Register a subnet for `owner` with `ownerHotkey` as uid 0, start it and enable its TAO emission. */
  openSubnet(owner: AccountId, ownerHotkey: AccountId): NetUid;
  /** Give `hotkey` (owned by `coldkey`) the next uid of `netuid`. */
  addNeuron(netuid: NetUid, hotkey: AccountId, coldkey: AccountId): number;
}

export interface CoinbaseChainOpts {
  readonly startBlock?: number;
  /** lock paid per subnet (default 1_000 TAO, the genesis NetworkMinLockCost) */
  readonly lock?: bigint;
}

export function createCoinbaseChain(opts: CoinbaseChainOpts = {}): CoinbaseChain {
  const backend = new MemoryBackend();
  const state = new OverlayState(backend);
  const swap = createSwapApi();
  const coinbase = createCoinbase({ swap });
  const executive = new Executive([
    createSubnetsModule({ swap }),
    createRegistrationModule({ swap }),
    weightsModule,
    createStakingModule({ swap, rootStake: rootStakeHooks }),
    createRootClaimModule({ swap }),
  ]);
  createRootNetwork({ state });
  NetworkRateLimit.set(state, 0n);
  if (opts.lock !== undefined) {
    NetworkMinLockCost.set(state, opts.lock);
    NetworkLastLockCost.set(state, opts.lock);
  }
  const chain: CoinbaseChain = {
    backend,
    state,
    swap,
    coinbase,
    executive,
    block: opts.startBlock ?? 1,
    events: new EventLog(),
    last: undefined,
    ctx: () => ({
      state,
      events: chain.events,
      block: { number: chain.block, timestamp: 0, author: AUTHOR },
    }),
    call(origin, name, args) {
      const from = typeof origin === 'string' ? signed(origin) : origin;
      const bound: BoundCall = { pallet: SUBTENSOR, name, args };
      return executive.applyExtrinsic(chain.ctx(), 0, from, bound);
    },
    nextBlock(n = 1) {
      for (let i = 0; i < n; i++) {
        backend.apply(state.takeChanges());
        chain.block += 1;
        chain.events = new EventLog();
        updateRegistrationPricesForNetworks(chain.ctx());
        chain.last = coinbase.blockStep(chain.ctx());
      }
    },
    endow: (who, amount) => {
      mint(chain.ctx(), who, amount);
    },
    free: (who) => Account.get(state, [who]).data.free,
    openSubnet(owner, ownerHotkey) {
      const before = new Set(getAllSubnetNetuids(state));
      const lock = getNetworkLockCostAt(state, BigInt(chain.block));
      if (chain.free(owner) < lock + TAO) chain.endow(owner, lock + TAO);
      expectOk(chain.call(owner, 'register_network', { hotkey: ownerHotkey }), 'register_network');
      const netuid = getAllSubnetNetuids(state).find((n) => !before.has(n));
      if (netuid === undefined) throw new Error('no new subnet');
      expectOk(chain.call(owner, 'start_call', { netuid }), 'start_call');
      SubnetEmissionEnabled.set(state, [netuid], true);
      CommitRevealWeightsEnabled.set(state, [netuid], false);
      WeightsSetRateLimit.set(state, [netuid], 0n);
      return netuid;
    },
    addNeuron(netuid, hotkey, coldkey) {
      createAccountIfNonExistent(state, coldkey, hotkey);
      return appendNeuron(state, netuid, hotkey, BigInt(chain.block));
    },
  };
  return chain;
}

export function expectOk(outcome: ExtrinsicOutcome, what: string): void {
  if (!outcome.ok) throw new Error(`${what} failed: ${outcome.error?.message}`);
}

/** Every account's free balance, summed. */
export function totalBalances(chain: CoinbaseChain): bigint {
  let total = 0n;
  for (const [, info] of Account.entries(chain.state)) total += info.data.free;
  return total;
}

/** The TAO identity: both issuance counters equal the sum of all balances. */
export function issuanceGap(chain: CoinbaseChain): { currency: bigint; subtensor: bigint } {
  const balances = totalBalances(chain);
  return {
    currency: CurrencyIssuance.get(chain.state) - balances,
    subtensor: TotalIssuance.get(chain.state) - balances,
  };
}
