/**
 * A chain in the shape of subtensor's pallet test mock (`pallets/subtensor/src/tests/mock.rs`), for the
 * `economics.json` scenarios that come from its Rust tests: an empty state at block 1, the mock's constants
 * (owner cut 0, TAO weight 0, minimum lock 100 TAO, swap minimum reserve 100 rao) and its helpers
 * (`add_network`, `add_dynamic_network`, `register_ok_neuron`, `set_full_injection_root_stake`), built from
 * the runtime's own functions. Nothing here computes an expected value.
 */
import { type AccountId, accountId, type NetUid, netUid, U64_MAX } from '@taonet/primitives';
import {
  appendNeuron,
  type CoinbaseModules,
  createAccountIfNonExistent,
  createNetwork,
  createSwapApi,
  type DispatchContext,
  EventLog,
  FirstEmissionBlockNumber,
  getNextNetuid,
  initNewNetwork,
  MemoryBackend,
  mint,
  NetworkMinLockCost,
  NetworkRegistrationAllowed,
  OverlayState,
  ROOT_NETUID,
  SubnetOwnerCut,
  SubnetTAO,
  SubtokenEnabled,
  type SwapApi,
  TaoWeight,
} from '@taonet/runtime';

/** The mock's `NetworkMinLockCost` (100 TAO). */
export const MOCK_MIN_LOCK_COST = 100_000_000_000n;
/** The mock's `SwapMinimumReserve`. */
export const MOCK_SWAP_MINIMUM_RESERVE = 100n;
/** `set_full_injection_root_stake`: root TAO that makes every root proportion ~1. */
export const FULL_INJECTION_ROOT_TAO = 1_000_000_000_000_000_000n;

/** The mock's `U256::from(n)` accounts. */
export const mockAccount = (n: number): AccountId => accountId(`0x${n.toString(16).padStart(64, '0')}`);

export interface MockChain {
  readonly state: OverlayState;
  readonly swap: SwapApi;
  readonly modules: CoinbaseModules;
  block: number;
  ctx(): DispatchContext;
}

export function createMockChain(block = 1): MockChain {
  const state = new OverlayState(new MemoryBackend());
  const swap = createSwapApi({ minimumReserve: MOCK_SWAP_MINIMUM_RESERVE });
  const events = new EventLog();
  SubnetOwnerCut.set(state, 0);
  TaoWeight.set(state, 0n);
  NetworkMinLockCost.set(state, MOCK_MIN_LOCK_COST);
  const chain: MockChain = {
    state,
    swap,
    modules: { swap },
    block,
    ctx: () => ({ state, events, block: { number: chain.block, timestamp: 0 } }),
  };
  return chain;
}

/** The mock's `add_balance_to_coldkey_account` (with its TotalIssuance bump). */
export function endow(chain: MockChain, who: AccountId, amount: bigint): void {
  mint(chain.ctx(), who, amount);
}

/** `add_network(netuid, tempo, _)`: a stable subnet, started at block 1, registration open. */
export function addNetwork(chain: MockChain, netuid: NetUid, tempo: number): void {
  initNewNetwork(chain.state, netuid, tempo, BigInt(chain.block));
  NetworkRegistrationAllowed.set(chain.state, [netuid], true);
  FirstEmissionBlockNumber.set(chain.state, [netuid], 1n);
  SubtokenEnabled.set(chain.state, [netuid], true);
}

/**
 * `add_dynamic_network(hotkey, coldkey)`: `register_network` paying the lock (the pool is seeded with it, the
 * owner hotkey takes uid 0), then registration open, `FirstEmissionBlockNumber = 0`, subtoken enabled.
 */
export function addDynamicNetwork(chain: MockChain, hotkey: AccountId, coldkey: AccountId): NetUid {
  const netuid = getNextNetuid(chain.state);
  const lock = NetworkMinLockCost.get(chain.state);
  endow(chain, coldkey, lock + 500n);
  createNetwork(chain.ctx(), netuid, { coldkey, hotkey }, lock, chain.swap);
  NetworkRegistrationAllowed.set(chain.state, [netuid], true);
  FirstEmissionBlockNumber.set(chain.state, [netuid], 0n);
  SubtokenEnabled.set(chain.state, [netuid], true);
  return netuid;
}

/** `register_ok_neuron(netuid, hotkey, coldkey)`: the hotkey takes the next uid, owned by the coldkey. */
export function registerNeuron(
  chain: MockChain,
  netuid: NetUid,
  hotkey: AccountId,
  coldkey: AccountId,
): number {
  createAccountIfNonExistent(chain.state, coldkey, hotkey);
  return appendNeuron(chain.state, netuid, hotkey, BigInt(chain.block));
}

/** `set_full_injection_root_stake`: a huge root pool and full TAO weight. */
export function setFullInjectionRootStake(chain: MockChain): void {
  SubnetTAO.set(chain.state, [ROOT_NETUID], FULL_INJECTION_ROOT_TAO);
  TaoWeight.set(chain.state, U64_MAX);
}

/** `TaoWeight` raw value for a weight given as a float in [0, 1] (`u64::MAX` for 1.0). */
export function taoWeightRaw(weight: number): bigint {
  if (weight >= 1) return U64_MAX;
  if (weight <= 0) return 0n;
  // the vectors state weights as short decimals (0.18 = migrate_rao's 3_320_413_933_267_719_290)
  return (BigInt(Math.round(weight * 1_000_000)) * U64_MAX) / 1_000_000n;
}

export const subnetId = (n: number): NetUid => netUid(n);
