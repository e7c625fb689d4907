/**
 * Neurons of a genesis subnet. Each one is registered as a burned registration at block 0 would leave it,
 * without the burn: the hotkey becomes the coldkey's (`Owner`, `OwnedHotkeys`, `StakingHotkeys`) and takes
 * the next uid (as `appendNeuron` does: `Keys`, `Uids`, `IsNetworkMember`, `BlockAtRegistration`, `SubnetworkN` and
 * every per-uid vector), with a `NeuronRegistered` event. Its genesis stake is issued TAO (both issuance
 * counters grow, as subtensor's own genesis stakes did) paid into the subnet account and swapped for alpha
 * fee-less through the pool, the alpha credited to the (hotkey, coldkey) share pool, with `StakeAdded`: the
 * subnet account keeps holding `SubnetTAO` and `SubnetAlphaOut` stays the sum of the share pools.
 */
import type { AccountId, NetUid } from '@taonet/primitives';
import { mint } from '../balances/currency.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { createAccountIfNonExistent } from '../neurons/hotkeyOwnership.js';
import {
  Active,
  BlockAtRegistration,
  Consensus,
  Dividends,
  Emission,
  Incentive,
  IsNetworkMember,
  Keys,
  LastUpdate,
  SubnetworkN,
  Uids,
  ValidatorPermit,
  ValidatorTrust,
} from '../neurons/schema.js';
import { increaseStake } from '../staking/stakeAccounting.js';
import type { OverlayState } from '../state/overlayState.js';
import { MechanismCountCurrent } from '../subnets/schema.js';
import { getSubnetAccountId } from '../subnets/subnetAccount.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
import { storageIndexOf } from '../subtensor/subtensorStorage.js';
import { MAX_PRICE_RAO } from '../swap/math/doSwap.js';
import type { SwapApi } from '../swap/swapApi.js';
import type { GenesisNeuron } from './genesisConfig.js';
import { GenesisError } from './validateGenesis.js';

/** The part of the swap genesis stakes through. */
export type GenesisSwap = Pick<SwapApi, 'swapTaoForAlpha'>;

function stakeAtGenesis(
  ctx: DispatchContext,
  netuid: NetUid,
  neuron: GenesisNeuron,
  tao: bigint,
  swap: GenesisSwap,
): void {
  const { hotkey, coldkey } = neuron;
  mint(ctx, getSubnetAccountId(netuid), tao);
  const receipt = swap.swapTaoForAlpha(ctx, netuid, tao, MAX_PRICE_RAO, true);
  const alpha = receipt.amountPaidOut;
  increaseStake(ctx.state, { hotkey, coldkey, netuid }, alpha);
  ctx.events.emit({
    pallet: SUBTENSOR,
    name: 'StakeAdded',
    data: { coldkey, hotkey, tao, alpha, netuid, fee: receipt.feePaid },
  });
}

const repeat = <T>(values: readonly T[], count: number, value: T): T[] => [
  ...values,
  ...Array.from({ length: count }, () => value),
];

/**
 * `appendNeuron` for `hotkeys.length` hotkeys at once: the same writes as appending them one by one (each
 * per-uid vector grows by one default entry per hotkey, `LastUpdate` is padded to `SubnetworkN` and the new
 * uids get `block`), but each vector is encoded once instead of once per neuron. Returns the first uid.
 */
export function appendNeurons(
  state: OverlayState,
  netuid: NetUid,
  hotkeys: readonly AccountId[],
  block: bigint,
): number {
  const first = SubnetworkN.get(state, [netuid]);
  const count = hotkeys.length;
  if (count === 0) return first;
  const n = first + count;
  SubnetworkN.set(state, [netuid], n);
  Active.mutate(state, [netuid], (v) => repeat(v, count, true));
  Emission.mutate(state, [netuid], (v) => repeat(v, count, 0n));
  Consensus.mutate(state, [netuid], (v) => repeat(v, count, 0));
  const mechanisms = MechanismCountCurrent.get(state, [netuid]);
  for (let mecid = 0; mecid < mechanisms; mecid++) {
    const index = storageIndexOf(netuid, mecid);
    Incentive.mutate(state, [index], (v) => repeat(v, count, 0));
    const lastUpdate = [...LastUpdate.get(state, [index])];
    while (lastUpdate.length < n) lastUpdate.push(0n);
    for (let uid = first; uid < n; uid++) lastUpdate[uid] = block;
    LastUpdate.set(state, [index], lastUpdate);
  }
  Dividends.mutate(state, [netuid], (v) => repeat(v, count, 0));
  ValidatorTrust.mutate(state, [netuid], (v) => repeat(v, count, 0));
  ValidatorPermit.mutate(state, [netuid], (v) => repeat(v, count, false));
  for (const [i, hotkey] of hotkeys.entries()) {
    Keys.set(state, [netuid, first + i], hotkey);
    Uids.set(state, [netuid, hotkey], first + i);
    BlockAtRegistration.set(state, [netuid, first + i], block);
    IsNetworkMember.set(state, [hotkey, netuid], true);
  }
  return first;
}

/** Register `neurons` on `netuid` in order (uids from `SubnetworkN` up) and stake their genesis stake. */
export function registerGenesisNeurons(
  ctx: DispatchContext,
  netuid: NetUid,
  neurons: readonly GenesisNeuron[],
  swap: GenesisSwap | undefined,
): void {
  const block = BigInt(ctx.block.number);
  for (const { hotkey, coldkey } of neurons) createAccountIfNonExistent(ctx.state, coldkey, hotkey);
  const first = appendNeurons(
    ctx.state,
    netuid,
    neurons.map((neuron) => neuron.hotkey),
    block,
  );
  for (const [i, { hotkey }] of neurons.entries()) {
    ctx.events.emit({
      pallet: SUBTENSOR,
      name: 'NeuronRegistered',
      data: { netuid, uid: first + i, hotkey },
    });
  }
  for (const neuron of neurons) {
    const stake = neuron.stake ?? 0n;
    if (stake === 0n) continue;
    if (swap === undefined) {
      throw new GenesisError([
        `subnets: subnet ${netuid} has genesis stake but the runtime has no swap module`,
      ]);
    }
    stakeAtGenesis(ctx, netuid, neuron, stake, swap);
  }
}
