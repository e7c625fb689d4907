/**
 * `emit_to_subnets` (economics.md §2.5-2.6): for every emitting subnet, in order, the block's terms from its
 * TAO emission (spot price, alpha issuance, root proportion cap); the pool is reweighted for the injection,
 * the TAO above the cap buys alpha for the protocol (fee-less, on the pre-injection reserves), the injectable
 * TAO and alpha join the reserves; then the participants' alpha is minted and split into the owner cut and
 * the miners', validators' and root stakers' pending amounts (root's part recycled while the root-sell flag is
 * off). TAO enters accounts only from the block's credit; what the credit does not cover is skipped.
 */
import { type NetUid, saturatingAddU64, U96F32 } from '@taonet/primitives';
import { SubnetOwnerCut } from '../admin/adminStorage.js';
import type { DispatchContext } from '../dispatch/callDef.js';
import { isDispatchError } from '../dispatch/dispatchError.js';
import { TaoWeight } from '../staking/schema.js';
import { SubnetProtocolAlpha } from '../subnets/schema.js';
import { getSubnetAccountId } from '../subnets/subnetAccount.js';
import { ROOT_NETUID } from '../subnets/subnetRegistry.js';
import { MAX_PRICE_RAO } from '../swap/math/doSwap.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO } from '../swap/schema.js';
import type { CoinbaseModules } from './coinbaseModules.js';
import { computePendingEmission } from './math/pendingEmission.js';
import { getSubnetTerms, type SubnetTerms } from './math/subnetTerms.js';
import {
  OwnerCutEnabled,
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  SubnetAlphaInEmission,
  SubnetAlphaOutEmission,
  SubnetExcessTao,
  SubnetTaoInEmission,
} from './schema.js';
import { spendTao, type TaoCredit } from './taoCredit.js';

/** `get_subnet_terms` for one subnet, read from state. */
export function readSubnetTerms(
  ctx: DispatchContext,
  modules: CoinbaseModules,
  netuid: NetUid,
  taoEmission: U96F32,
): SubnetTerms {
  const { state } = ctx;
  return getSubnetTerms({
    taoEmission,
    subnetAlphaIn: SubnetAlphaIn.get(state, [netuid]),
    subnetAlphaOut: SubnetAlphaOut.get(state, [netuid]),
    price: modules.swap.currentAlphaPrice(ctx, netuid),
    rootSubnetTao: SubnetTAO.get(state, [ROOT_NETUID]),
    taoWeightRaw: TaoWeight.get(state),
  });
}

/**
 * The protocol's chain buy of `excess` TAO: minted into the subnet account and swapped for alpha (no fee, no
 * price limit); the alpha is protocol-owned. If the TAO cannot be spent or the swap fails, nothing happens.
 */
function buyWithExcess(
  ctx: DispatchContext,
  modules: CoinbaseModules,
  credit: TaoCredit,
  netuid: NetUid,
  excess: bigint,
): void {
  const before = credit.remaining;
  try {
    ctx.state.transaction(() =>
      ctx.events.transaction(() => {
        if (!spendTao(ctx, credit, getSubnetAccountId(netuid), excess)) return;
        const receipt = modules.swap.swapTaoForAlpha(ctx, netuid, excess, MAX_PRICE_RAO, true);
        SubnetProtocolAlpha.mutate(ctx.state, [netuid], (v) => saturatingAddU64(v, receipt.amountPaidOut));
        SubnetExcessTao.set(ctx.state, [netuid], receipt.amountPaidIn);
      }),
    );
  } catch (error) {
    if (!isDispatchError(error)) throw error;
    credit.remaining = before;
  }
}

/** `inject_and_maybe_swap` for one subnet. */
export function injectAndMaybeSwap(
  ctx: DispatchContext,
  modules: CoinbaseModules,
  credit: TaoCredit,
  netuid: NetUid,
  terms: SubnetTerms,
): void {
  const { state } = ctx;
  const taoIn = U96F32.toU64(terms.taoIn);
  const alphaIn = U96F32.toU64(terms.alphaIn);
  const excess = U96F32.toU64(terms.excessTao);
  SubnetExcessTao.set(state, [netuid], 0n);
  SubnetTaoInEmission.set(state, [netuid], 0n);
  const injectable = modules.swap.adjustProtocolLiquidity(ctx, netuid, taoIn, alphaIn);
  if (excess > 0n) buyWithExcess(ctx, modules, credit, netuid, excess);
  SubnetAlphaInEmission.set(state, [netuid], injectable.alpha);
  modules.swap.injectReserves(ctx, netuid, 0n, injectable.alpha);
  if (injectable.tao > 0n && spendTao(ctx, credit, getSubnetAccountId(netuid), injectable.tao)) {
    SubnetTaoInEmission.set(state, [netuid], injectable.tao);
    modules.swap.injectReserves(ctx, netuid, injectable.tao, 0n);
  }
}

const add = (amount: bigint) => (value: bigint) => saturatingAddU64(value, amount);

/** The participants' alpha of one subnet: mint `alpha_out`, take the owner cut, split the rest. */
export function emitAlphaOut(
  ctx: DispatchContext,
  modules: CoinbaseModules,
  netuid: NetUid,
  alphaOut: U96F32,
  rootSellFlag: boolean,
): void {
  const { state } = ctx;
  const key: [NetUid] = [netuid];
  const split = computePendingEmission({
    alphaOut,
    subnetAlphaIn: SubnetAlphaIn.get(state, key),
    subnetAlphaOut: SubnetAlphaOut.get(state, key),
    rootSubnetTao: SubnetTAO.get(state, [ROOT_NETUID]),
    taoWeightRaw: TaoWeight.get(state),
    subnetOwnerCut: BigInt(SubnetOwnerCut.get(state)),
    ownerCutEnabled: OwnerCutEnabled.get(state, key),
    rootSellFlag,
  });
  SubnetAlphaOutEmission.set(state, key, split.alphaOutEmission);
  SubnetAlphaOut.set(state, key, split.subnetAlphaOutAfterMint);
  PendingOwnerCut.mutate(state, key, add(split.pendingOwnerCut));
  PendingServerEmission.mutate(state, key, add(split.pendingServerEmission));
  PendingValidatorEmission.mutate(state, key, add(split.pendingValidatorEmission));
  PendingRootAlphaDivs.mutate(state, key, add(split.pendingRootAlphaDivs));
  modules.swap.recycleSubnetAlpha(ctx, netuid, split.recycledRootAlpha);
}

/** `emit_to_subnets`: terms for all, then the pools, then the participants, each in `subnets` order. */
export function emitToSubnets(
  ctx: DispatchContext,
  modules: CoinbaseModules,
  subnets: readonly NetUid[],
  emissions: ReadonlyMap<NetUid, U96F32>,
  credit: TaoCredit,
  rootSellFlag: boolean,
): void {
  const terms = subnets.map((netuid) =>
    readSubnetTerms(ctx, modules, netuid, emissions.get(netuid) ?? U96F32.ZERO),
  );
  subnets.forEach((netuid, i) => {
    const t = terms[i];
    if (t !== undefined) injectAndMaybeSwap(ctx, modules, credit, netuid, t);
  });
  subnets.forEach((netuid, i) => {
    const t = terms[i];
    if (t !== undefined) emitAlphaOut(ctx, modules, netuid, t.alphaOut, rootSellFlag);
  });
}
