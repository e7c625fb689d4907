/**
 * `do_register_network` (economics.md §5.6): `register_network` and `register_network_with_identity`. The checks
 * come in subtensor's order and write nothing; then the cheapest old subnet is dissolved if the limit is
 * reached, the lock is paid to the new subnet's account, the owner hotkey becomes uid 0 and the pool is
 * seeded with the lock at the median subnet price.
 */
import { type AccountId, type NetUid, saturatingSubU64, type U64F64 } from '@taonet/primitives';
import { getFreeBalance, getReducibleBalance, recycleTao, transfer } from '../balances/currency.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import {
  coldkeyOwnsHotkey,
  createAccountIfNonExistent,
  hotkeyAccountExists,
} from '../neurons/hotkeyOwnership.js';
import { appendNeuron } from '../neurons/neuronSlots.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { dissolveNetwork } from './dissolveNetwork.js';
import { DEFAULT_TEMPO, initNewNetwork } from './initNewNetwork.js';
import { computeNewSubnetPool } from './math/newSubnetPool.js';
import {
  NetworkLastLockCost,
  NetworkLastRegistered,
  NetworkMinLockCost,
  NetworkRateLimit,
  NetworkRegisteredAt,
  NetworkRegistrationStartBlock,
  RAORecycledForRegistration,
  RegisteredSubnetCounter,
  SubnetEmissionEnabled,
  SubnetIdentitiesV3,
  type SubnetIdentityV3,
  SubnetLimit,
  SubnetLocked,
  SubnetOwner,
  SubnetOwnerHotkey,
  TokenSymbol,
} from './schema.js';
import { getSubnetAccountId, getSubnetOfAccount } from './subnetAccount.js';
import { isValidSubnetIdentity } from './subnetIdentity.js';
import { getMedianSubnetAlphaPrice, getNetworkToPrune } from './subnetPricing.js';
import { countNonRootSubnets, getNetworkLockCostAt, getNextNetuid } from './subnetRegistry.js';
import type { SubnetSwap } from './subnetsModules.js';
import { getNextAvailableSymbol } from './tokenSymbols.js';

/** The only mechanism a subnet can be registered with: dynamic (balancer pool). */
export const DYNAMIC_MECHANISM_ID = 1;

export interface RegisterNetworkRequest {
  readonly coldkey: AccountId;
  readonly hotkey: AccountId;
  readonly identity?: SubnetIdentityV3 | undefined;
}

/** `TransactionType::RegisterNetwork.passes_rate_limit`: the first registration always passes. */
function passesNetworkRateLimit(ctx: DispatchContext, block: bigint): boolean {
  const last = NetworkLastRegistered.get(ctx.state);
  return last === 0n || saturatingSubU64(block, last) >= NetworkRateLimit.get(ctx.state);
}

/** Steps 1-6: every check, nothing written; returns the subnet to prune (if any) and the lock cost. */
function checkRegisterNetwork(ctx: DispatchContext, request: RegisterNetworkRequest, block: bigint) {
  const { state } = ctx;
  const { coldkey, hotkey, identity } = request;
  ensure(
    !hotkeyAccountExists(state, hotkey) || coldkeyOwnsHotkey(state, coldkey, hotkey),
    SubtensorErrors.NonAssociatedColdKey,
  );
  ensure(getSubnetOfAccount(hotkey) === undefined, SubtensorErrors.CannotUseSystemAccount);
  ensure(block >= NetworkRegistrationStartBlock.get(state), SubtensorErrors.SubNetRegistrationDisabled);
  ensure(passesNetworkRateLimit(ctx, block), SubtensorErrors.NetworkTxRateLimitExceeded);
  if (identity !== undefined) ensure(isValidSubnetIdentity(identity), SubtensorErrors.InvalidIdentity);
  let prune: NetUid | undefined;
  if (countNonRootSubnets(state) >= SubnetLimit.get(state)) {
    prune = getNetworkToPrune(ctx, block);
    ensure(prune !== undefined, SubtensorErrors.SubnetLimitReached);
  }
  const lock = getNetworkLockCostAt(state, block);
  ensure(getFreeBalance(ctx, coldkey) >= lock, SubtensorErrors.CannotAffordLockCost);
  return { prune, lock };
}

/** Step 8: the pool holds `max(paid, NetworkMinLockCost)` TAO and that much alpha at the median price. */
function seedPool(ctx: DispatchContext, netuid: NetUid, paid: bigint, swap: SubnetSwap, median: U64F64) {
  const pool = computeNewSubnetPool(paid, NetworkMinLockCost.get(ctx.state), median);
  swap.initializeNewSubnetPool(ctx, netuid, pool.subnetTao, pool.subnetAlphaIn);
  const excess = paid > pool.subnetTao ? paid - pool.subnetTao : 0n;
  RAORecycledForRegistration.set(ctx.state, [netuid], excess);
  if (excess > 0n) recycleTao(ctx, getSubnetAccountId(netuid), excess);
}

/**
 * `set_new_network_state`: create the subnet at `netuid` for `request`, paying `lock` (at most the keep-alive
 * balance) into its account. Also what genesis uses to create its subnets.
 */
export function createNetwork(
  ctx: DispatchContext,
  netuid: NetUid,
  request: RegisterNetworkRequest,
  lock: bigint,
  swap: SubnetSwap,
): void {
  const { state } = ctx;
  const { coldkey, hotkey, identity } = request;
  const block = BigInt(ctx.block.number);
  const median = getMedianSubnetAlphaPrice(ctx, swap);
  initNewNetwork(state, netuid, DEFAULT_TEMPO, block);
  const reducible = getReducibleBalance(ctx, coldkey, true);
  const paid = lock < reducible ? lock : reducible;
  transfer(ctx, coldkey, getSubnetAccountId(netuid), paid, true);
  NetworkLastLockCost.set(state, paid);
  NetworkLastRegistered.set(state, block);
  createAccountIfNonExistent(state, coldkey, hotkey);
  appendNeuron(state, netuid, hotkey, block);
  NetworkRegisteredAt.set(state, [netuid], block);
  RegisteredSubnetCounter.mutate(state, (n) => n + 1n);
  TokenSymbol.set(state, [netuid], getNextAvailableSymbol(state, netuid));
  seedPool(ctx, netuid, paid, swap, median);
  SubnetOwner.set(state, [netuid], coldkey);
  SubnetOwnerHotkey.set(state, [netuid], hotkey);
  ctx.events.emit({ pallet: SUBTENSOR, name: 'SubnetOwnerHotkeySet', data: { netuid, hotkey } });
  SubnetLocked.set(state, [netuid], paid);
  if (identity !== undefined) {
    SubnetIdentitiesV3.set(state, [netuid], identity);
    ctx.events.emit({ pallet: SUBTENSOR, name: 'SubnetIdentitySet', data: { netuid } });
  }
  SubnetEmissionEnabled.set(state, [netuid], false);
  ctx.events.emit({
    pallet: SUBTENSOR,
    name: 'NetworkAdded',
    data: { netuid, mechanism: DYNAMIC_MECHANISM_ID },
  });
}

/** Register a subnet for `coldkey` with `hotkey` as its owner hotkey; returns the new netuid. */
export function registerNetwork(
  ctx: DispatchContext,
  request: RegisterNetworkRequest,
  swap: SubnetSwap,
): NetUid {
  const block = BigInt(ctx.block.number);
  const { prune, lock } = checkRegisterNetwork(ctx, request, block);
  if (prune !== undefined) dissolveNetwork(ctx, prune, swap);
  const netuid = getNextNetuid(ctx.state);
  createNetwork(ctx, netuid, request, lock, swap);
  return netuid;
}
