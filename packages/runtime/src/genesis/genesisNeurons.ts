/**
 * Neurons of a genesis subnet. Each one is registered as a burned registration at block 0 would leave it,
 * without the burn: the hotkey becomes the coldkey's (`Owner`, `OwnedHotkeys`, `StakingHotkeys`) and takes
 * the next uid (as `appendNeuron` does: `Keys`, `Uids`, `IsNetworkMember`, `BlockAtRegistration`, `SubnetworkN` and
 * every per-uid vector), with a `NeuronRegistered` event. Its genesis stake is issued TAO (both issuance
 * counters grow, as subtensor's own genesis stakes did) paid into the subnet account and swapped for alpha
 * fee-less through the pool, the alpha credited to the (hotkey, coldkey) share pool, with `StakeAdded`: the
 * subnet account keeps holding `SubnetTAO` and `SubnetAlphaOut` stays the sum of the share pools.
 */
import type { NetUid } from '@taonet/primitives';
import { mint } from '../balances/currency.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { createAccountIfNonExistent } from '../neurons/hotkeyOwnership.js';
import { appendNeurons } from '../neurons/neuronSlots.js';
import { increaseStake } from '../staking/stakeAccounting.js';
import { getSubnetAccountId } from '../subnets/subnetAccount.js';
import { SUBTENSOR } from '../subtensor/subtensorPallet.js';
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
