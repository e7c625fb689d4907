/**
 * SubtensorModule's `on_initialize`: `block_step()` in subtensor's order (economics.md §2.1,
 * `coinbase/block_step.rs`), composed from the hook functions the other modules export and inject.
 *
 *   1. update_registration_prices_for_networks  registration: burn decay, per-block counters
 *   2. get_block_emission                       coinbase: the block's TAO (minted as it is spent)
 *   3. reveal_crv3_commits                      weights: timelocked (drand) reveals
 *   4. run_coinbase                             coinbase: emission to subnets, then the epochs and payouts
 *   5. update_moving_prices                     coinbase: SubnetMovingPrice EMA
 *   6. update_root_prop                         coinbase: RootProp
 *   7. try_set_pending_children                 staking: pending child keys
 *   8. run_auto_claim_root_divs                 root claim: auto-claim
 *   9. populate_root_coldkey_staking_maps       root claim: index maintenance           (not called yet)
 *
 * Without a coinbase (`runCoinbase` absent) step 4 runs only its epoch pass (`runScheduledEpochs`) with no
 * emission to distribute, so epochs, bonds and validator permits still advance on schedule. Step 9 only
 * migrates subtensor's old staking-coldkey maps; the root claim here keeps its index as coldkeys stake.
 */
import type { NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';

/** The unspent part of the block's TAO emission (the coinbase's `TaoCredit`). */
export interface BlockCredit {
  remaining: bigint;
}

/** The hook functions of the other modules that the block step calls, injected at composition. */
export interface BlockStepHooks {
  /** step 1, registration: `update_registration_prices_for_networks` */
  readonly updateRegistrationPricesForNetworks?: (ctx: DispatchContext) => void;
  /** step 2, coinbase: `get_block_emission` */
  readonly getBlockEmission?: (ctx: DispatchContext) => BlockCredit;
  /** step 3, weights: `reveal_crv3_commits` */
  readonly revealTimelockedCommits?: (ctx: DispatchContext) => void;
  /** step 4, coinbase: `run_coinbase` (emission, then `drain_pending`, the epochs and their payouts) */
  readonly runCoinbase?: (ctx: DispatchContext, credit: BlockCredit) => unknown;
  /** step 4 without a coinbase, consensus: `drain_pending` + the epochs of the due subnets */
  readonly runScheduledEpochs?: (
    ctx: DispatchContext,
    opts: { readonly takePendingEmission: (ctx: DispatchContext, netuid: NetUid) => bigint },
  ) => unknown;
  /** step 5, coinbase: `update_moving_prices` */
  readonly updateMovingPrices?: (ctx: DispatchContext) => void;
  /** step 6, coinbase: `update_root_prop` */
  readonly updateRootProp?: (ctx: DispatchContext) => void;
  /** step 7, staking: `try_set_pending_children` (after the epochs of this block) */
  readonly applyPendingChildKeys?: (ctx: DispatchContext) => void;
  /** step 8, root claim: `run_auto_claim_root_divs` */
  readonly runAutoClaimRootDivs?: (ctx: DispatchContext) => void;
}

export type BlockStepStatus = 'runs' | 'not called yet';

export interface BlockStepInfo {
  readonly step: number;
  /** subtensor's function name */
  readonly name: string;
  /** the hook of `BlockStepHooks` that runs it, when there is one */
  readonly hook?: keyof BlockStepHooks;
  /** the hook that runs part of it when `hook` is absent */
  readonly fallback?: keyof BlockStepHooks;
  readonly owner: string;
}

/** The block step's order, for docs and tests. */
export const BLOCK_STEPS: readonly BlockStepInfo[] = [
  {
    step: 1,
    name: 'update_registration_prices_for_networks',
    hook: 'updateRegistrationPricesForNetworks',
    owner: 'registration',
  },
  { step: 2, name: 'get_block_emission', hook: 'getBlockEmission', owner: 'coinbase' },
  { step: 3, name: 'reveal_crv3_commits', hook: 'revealTimelockedCommits', owner: 'weights' },
  {
    step: 4,
    name: 'run_coinbase',
    hook: 'runCoinbase',
    fallback: 'runScheduledEpochs',
    owner: 'coinbase; epochs: consensus',
  },
  { step: 5, name: 'update_moving_prices', hook: 'updateMovingPrices', owner: 'coinbase' },
  { step: 6, name: 'update_root_prop', hook: 'updateRootProp', owner: 'coinbase' },
  { step: 7, name: 'try_set_pending_children', hook: 'applyPendingChildKeys', owner: 'staking (child keys)' },
  { step: 8, name: 'run_auto_claim_root_divs', hook: 'runAutoClaimRootDivs', owner: 'root claim' },
  { step: 9, name: 'populate_root_coldkey_staking_maps', owner: 'root claim (index migration)' },
];

/** Whether a step runs with the given hooks. */
export function getBlockStepStatus(info: BlockStepInfo, hooks: BlockStepHooks): BlockStepStatus {
  const has = (hook: keyof BlockStepHooks | undefined) => hook !== undefined && hooks[hook] !== undefined;
  return has(info.hook) || has(info.fallback) ? 'runs' : 'not called yet';
}

/** Without a coinbase no emission is pending: every epoch distributes 0. */
const noPendingEmission = (): bigint => 0n;

export function createBlockStep(hooks: BlockStepHooks): (ctx: DispatchContext) => void {
  return function blockStep(ctx) {
    // 1. registration prices and counters
    hooks.updateRegistrationPricesForNetworks?.(ctx);
    // 2. the block's TAO emission, a credit minted as the coinbase spends it
    const credit = hooks.getBlockEmission?.(ctx) ?? { remaining: 0n };
    // 3. timelocked weight reveals
    hooks.revealTimelockedCommits?.(ctx);
    // 4. run_coinbase; without a coinbase only its epoch pass runs, with nothing to distribute
    if (hooks.runCoinbase !== undefined) hooks.runCoinbase(ctx, credit);
    else hooks.runScheduledEpochs?.(ctx, { takePendingEmission: noPendingEmission });
    // 5-6. moving prices and root proportions, after the coinbase used them
    hooks.updateMovingPrices?.(ctx);
    hooks.updateRootProp?.(ctx);
    // 7. pending child keys of the subnets whose epoch ran in this block
    hooks.applyPendingChildKeys?.(ctx);
    // 8. automatic root claims
    hooks.runAutoClaimRootDivs?.(ctx);
    // 9. populate_root_coldkey_staking_maps: subtensor's index migration, nothing to do here
  };
}
