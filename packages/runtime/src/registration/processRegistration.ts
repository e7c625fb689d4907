/**
 * `do_register` (economics.md §5.1): the burned registration behind `burned_register`, `register` and
 * `register_limit`. Every check comes first, in subtensor's order, and writes nothing but the hotkey's
 * ownership. Then the coldkey pays the current `Burn` to the subnet account, that TAO buys alpha from the
 * pool (the fee goes to the block author) and the bought alpha is burned; the hotkey takes a uid (appended,
 * or replacing the prune candidate) and the price is bumped by `BurnIncreaseMult`.
 *
 * No per-block or per-interval cap applies to non-root subnets any more: the price rations registrations.
 */
import { type AccountId, type NetUid, saturatingAddU64 } from '@taonet/primitives';
import { getFreeBalance, getReducibleBalance, transfer } from '../balances/currency.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { ensure } from '../dispatch/dispatchError.js';
import { coldkeyOwnsHotkey, createAccountIfNonExistent } from '../neurons/hotkeyOwnership.js';
import { isHotkeyRegisteredOnNetwork } from '../neurons/neuronRegistry.js';
import { SubnetworkN } from '../neurons/schema.js';
import {
  Burn,
  BurnIncreaseMult,
  MaxAllowedUids,
  MaxBurn,
  MinBurn,
  NetworkRegistrationAllowed,
  RegistrationsThisBlock,
} from '../subnets/hyperparameters.js';
import { RAORecycledForRegistration } from '../subnets/schema.js';
import { getSubnetAccountId } from '../subnets/subnetAccount.js';
import { ROOT_NETUID, subnetExists } from '../subnets/subnetRegistry.js';
import type { SubnetSwap } from '../subnets/subnetsModules.js';
import { SubtensorErrors } from '../subtensor/subtensorErrors.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { MAX_PRICE_RAO } from '../swap/math/doSwap.js';
import { getNeuronToPrune } from './getNeuronToPrune.js';
import { bumpBurnAfterRegistration } from './math/registrationPrice.js';
import { registerNeuron } from './registerNeuron.js';

export interface RegistrationRequest {
  readonly coldkey: AccountId;
  readonly netuid: NetUid;
  readonly hotkey: AccountId;
}

/** What a registration did. */
export interface RegistrationReceipt {
  readonly uid: number;
  /** TAO taken from the coldkey */
  readonly paid: bigint;
  /** alpha bought with it and burned */
  readonly burnedAlpha: bigint;
}

/** The network checks shared with `register_limit`, which runs them before comparing the price. */
export function ensureRegistrableSubnet(ctx: DispatchContext, netuid: NetUid): void {
  ensure(netuid !== ROOT_NETUID, SubtensorErrors.RegistrationNotPermittedOnRootSubnet);
  ensure(subnetExists(ctx.state, netuid), SubtensorErrors.SubNetworkDoesNotExist);
}

/** Steps 2-7 of `do_register`: returns the price to pay. */
function checkRegistration(ctx: DispatchContext, request: RegistrationRequest, block: bigint): bigint {
  const { state } = ctx;
  const { coldkey, netuid, hotkey } = request;
  ensureRegistrableSubnet(ctx, netuid);
  ensure(NetworkRegistrationAllowed.get(state, [netuid]), SubtensorErrors.SubNetRegistrationDisabled);
  ensure(
    !isHotkeyRegisteredOnNetwork(state, netuid, hotkey),
    SubtensorErrors.HotKeyAlreadyRegisteredInSubNet,
  );
  const cost = Burn.get(state, [netuid]);
  ensure(getFreeBalance(ctx, coldkey) >= cost, SubtensorErrors.NotEnoughBalanceToStake);
  createAccountIfNonExistent(state, coldkey, hotkey);
  ensure(coldkeyOwnsHotkey(state, coldkey, hotkey), SubtensorErrors.NonAssociatedColdKey);
  const maxUids = MaxAllowedUids.get(state, [netuid]);
  ensure(maxUids !== 0, SubtensorErrors.NoNeuronIdAvailable);
  if (SubnetworkN.get(state, [netuid]) >= maxUids) {
    ensure(getNeuronToPrune(state, netuid, block) !== undefined, SubtensorErrors.NoNeuronIdAvailable);
  }
  return cost;
}

/** Pay `cost` (at most the keep-alive balance) into the pool as a buy whose alpha is burned. */
function payRegistration(ctx: DispatchContext, request: RegistrationRequest, cost: bigint, swap: SubnetSwap) {
  const { coldkey, netuid } = request;
  const account = getSubnetAccountId(netuid);
  const reducible = getReducibleBalance(ctx, coldkey, true);
  const paid = cost < reducible ? cost : reducible;
  transfer(ctx, coldkey, account, paid, true);
  const receipt = swap.swapTaoForAlpha(ctx, netuid, paid, MAX_PRICE_RAO, false);
  swap.payTaoFee(ctx, account, receipt.feeToBlockAuthor);
  swap.recycleSubnetAlpha(ctx, netuid, receipt.amountPaidOut);
  return { paid, burnedAlpha: receipt.amountPaidOut };
}

/** `bump_registration_price_after_registration` */
function bumpBurn(ctx: DispatchContext, netuid: NetUid): void {
  const bounds = { minBurn: MinBurn.get(ctx.state, [netuid]), maxBurn: MaxBurn.get(ctx.state, [netuid]) };
  const mult = BurnIncreaseMult.get(ctx.state, [netuid]);
  Burn.set(ctx.state, [netuid], bumpBurnAfterRegistration(Burn.get(ctx.state, [netuid]), mult, bounds));
}

export function processRegistration(
  ctx: DispatchContext,
  request: RegistrationRequest,
  swap: SubnetSwap,
): RegistrationReceipt {
  const { state } = ctx;
  const { netuid, hotkey } = request;
  const block = BigInt(ctx.block.number);
  const cost = checkRegistration(ctx, request, block);
  const { paid, burnedAlpha } = payRegistration(ctx, request, cost, swap);
  const uid = registerNeuron(state, netuid, hotkey, block);
  bumpBurn(ctx, netuid);
  RegistrationsThisBlock.mutate(state, [netuid], (n) => Math.min(n + 1, 65_535));
  RAORecycledForRegistration.mutate(state, [netuid], (total) => saturatingAddU64(total, cost));
  ctx.events.emit({ pallet: SUBTENSOR, name: 'NeuronRegistered', data: { netuid, uid, hotkey } });
  return { uid, paid, burnedAlpha };
}
