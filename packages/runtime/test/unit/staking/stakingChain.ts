/**
 * A chain for the staking and key-swap tests: the subnets, registration, staking and key-swap modules behind
 * one `Executive` over an in-memory state with root created, a block author (swap fees go there), and
 * helpers to open a started subnet, read positions and check the conservation invariants.
 */
import { type AccountId, type NetUid, netUid } from '@taonet/primitives';
import { CurrencyIssuance } from '../../../src/balances/schema.js';
import type { BoundCall, DispatchContext } from '../../../src/dispatch/callDef.js';
import { type Origin, signed } from '../../../src/dispatch/origin.js';
import { EventLog } from '../../../src/dispatch/runtimeEvent.js';
import { Executive } from '../../../src/executive/executive.js';
import type { KeySwapModules } from '../../../src/keySwaps/keySwapModules.js';
import { createKeySwapsModule } from '../../../src/keySwaps/keySwapsModule.js';
import { createRegistrationModule } from '../../../src/registration/registrationModule.js';
import { TotalHotkeyAlpha } from '../../../src/staking/schema.js';
import { getPoolStakers, getStake, getValueOfShares } from '../../../src/staking/stakeAccounting.js';
import { createStakingModule } from '../../../src/staking/stakingModule.js';
import type { StakingModules } from '../../../src/staking/stakingModules.js';
import { MemoryBackend } from '../../../src/state/memoryBackend.js';
import { OverlayState } from '../../../src/state/overlayState.js';
import { createRootNetwork } from '../../../src/subnets/initNewNetwork.js';
import { NetworkRateLimit } from '../../../src/subnets/schema.js';
import { getAllSubnetNetuids } from '../../../src/subnets/subnetRegistry.js';
import { createSubnetsModule } from '../../../src/subnets/subnetsModule.js';
import { SUBTENSOR } from '../../../src/subtensor/subtensorPallet.js';
import { createSwapApi } from '../../../src/swap/createSwapApi.js';
import { SubnetAlphaOut } from '../../../src/swap/schema.js';
import { Account } from '../../../src/system/schema.js';
import { AUTHOR, account, type SubnetChain } from '../subnets/subnetChain.js';

export {
  AUTHOR,
  account,
  expectFailure,
  expectSuccess,
  ROOT,
  snapshot,
  TAO,
} from '../subnets/subnetChain.js';

export interface StakingChain extends SubnetChain {
  /** register a subnet owned by `owner` (hotkey `ownerHotkey`) and start it; returns its netuid */
  openSubnet(owner: AccountId, ownerHotkey: AccountId): NetUid;
  stake(hotkey: AccountId, coldkey: AccountId, netuid: NetUid): bigint;
}

export interface StakingChainOpts {
  readonly startBlock?: number;
  readonly author?: AccountId | null;
  readonly staking?: Partial<StakingModules>;
  readonly keySwaps?: KeySwapModules;
}

export function createStakingChain(opts: StakingChainOpts = {}): StakingChain {
  const backend = new MemoryBackend();
  const state = new OverlayState(backend);
  const swap = createSwapApi();
  const executive = new Executive([
    createSubnetsModule({ swap }),
    createRegistrationModule({ swap }),
    createStakingModule({ swap, ...opts.staking }),
    createKeySwapsModule(opts.keySwaps),
  ]);
  createRootNetwork({ state });
  NetworkRateLimit.set(state, 0n);
  const author = opts.author === undefined ? AUTHOR : opts.author;
  const chain: StakingChain = {
    backend,
    state,
    swap,
    executive,
    block: opts.startBlock ?? 10_000,
    events: new EventLog(),
    ctx(): DispatchContext {
      const block = { number: chain.block, timestamp: 0, ...(author === null ? {} : { author }) };
      return { state, events: chain.events, block };
    },
    call(origin: Origin | AccountId, name: string, args: unknown) {
      const from = typeof origin === 'string' ? signed(origin) : origin;
      const bound: BoundCall = { pallet: SUBTENSOR, name, args };
      return executive.applyExtrinsic(chain.ctx(), 0, from, bound);
    },
    nextBlock(n = 1) {
      backend.apply(state.takeChanges());
      chain.block += n;
      chain.events = new EventLog();
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
    openSubnet(owner, ownerHotkey) {
      const before = new Set(getAllSubnetNetuids(state));
      const registered = chain.call(owner, 'register_network', { hotkey: ownerHotkey });
      if (!registered.ok) throw new Error(`register_network: ${registered.error?.message}`);
      const netuid = getAllSubnetNetuids(state).find((n) => !before.has(n));
      if (netuid === undefined) throw new Error('no new subnet');
      const started = chain.call(owner, 'start_call', { netuid });
      if (!started.ok) throw new Error(`start_call: ${started.error?.message}`);
      return netuid;
    },
    stake: (hotkey, coldkey, netuid) => getStake(state, { hotkey, coldkey, netuid }),
  };
  return chain;
}

export const subnet = (n: number): NetUid => netUid(n);

/** Every account's free balance, summed (what `Balances.TotalIssuance` must equal). */
export function totalBalances(chain: SubnetChain): bigint {
  let total = 0n;
  for (const [, info] of Account.entries(chain.state)) total += info.data.free;
  return total;
}

/** Σ TotalHotkeyAlpha over the hotkeys with a pool on `netuid`. */
export function totalPooledAlpha(chain: SubnetChain, netuid: NetUid): bigint {
  let total = 0n;
  for (const [[, poolNetuid], value] of TotalHotkeyAlpha.entries(chain.state)) {
    if (poolNetuid === netuid) total += value;
  }
  return total;
}

/** The hotkeys' pools never promise more than they hold: Σ staker values ≤ TotalHotkeyAlpha. */
export function checkSharePools(chain: SubnetChain): void {
  for (const [[hotkey, netuid], value] of TotalHotkeyAlpha.entries(chain.state)) {
    let promised = 0n;
    for (const { shares } of getPoolStakers(chain.state, hotkey, netuid)) {
      promised += getValueOfShares(chain.state, hotkey, netuid, shares);
    }
    if (promised > value) throw new Error(`pool ${hotkey}/${netuid}: stakers ${promised} > total ${value}`);
  }
}

/** Alpha out = Σ pools + alpha burned (by `burn_alpha` and author-less fees), per subnet. */
export function checkAlpha(chain: SubnetChain, netuid: NetUid, burned: bigint): void {
  const out = SubnetAlphaOut.get(chain.state, [netuid]);
  const pooled = totalPooledAlpha(chain, netuid);
  if (out !== pooled + burned) throw new Error(`subnet ${netuid}: alpha out ${out} != ${pooled} + ${burned}`);
}

export const coldkey = (n: number): AccountId => account(0x1000 + n);
export const hotkey = (n: number): AccountId => account(0x2000 + n);
