/**
 * SubtensorModule's `on_initialize`: `block_step()` in subtensor's order (economics.md §2.1,
 * `coinbase/block_step.rs`), composed from the hook functions the other modules export and inject.
 *
 *   1. update_registration_prices_for_networks  registration: burn decay, per-block counters
 *   2. get_block_emission                       coinbase: mint the block's TAO          (not called yet)
 *   3. reveal_crv3_commits                      weights: timelocked (drand) reveals
 *   4. run_coinbase                             coinbase: emission to subnets, then the epochs
 *   5. update_moving_prices                     coinbase: SubnetMovingPrice EMA         (not called yet)
 *   6. update_root_prop                         coinbase: RootProp                      (not called yet)
 *   7. try_set_pending_children                 staking: pending child keys
 *   8. run_auto_claim_root_divs                 root claim: auto-claim                  (not called yet)
 *   9. populate_root_coldkey_staking_maps       root claim: index maintenance           (not called yet)
 *
 * Steps 2, 4-6, 8 and 9 belong to the dTAO coinbase issue (block emission, injection into the subnet pools,
 * dividends, moving prices, root claims), which has not landed: they are listed here in place and are
 * simply not called. Until then step 4 runs only its epoch pass (`runScheduledEpochs`) with no emission
 * to distribute, so epochs, bonds and validator permits advance on schedule.
 */
import type { NetUid } from '@taonet/primitives';
import type { DispatchContext } from '../dispatch/callDef.js';

/** The hook functions of the other modules that the block step calls, injected at composition. */
export interface BlockStepHooks {
  /** step 1, registration: `update_registration_prices_for_networks` */
  readonly updateRegistrationPricesForNetworks?: (ctx: DispatchContext) => void;
  /** step 3, weights: `reveal_crv3_commits` */
  readonly revealTimelockedCommits?: (ctx: DispatchContext) => void;
  /** step 4 (its epoch pass), consensus: `drain_pending` + the epochs of the due subnets */
  readonly runScheduledEpochs?: (
    ctx: DispatchContext,
    opts: { readonly takePendingEmission: (ctx: DispatchContext, netuid: NetUid) => bigint },
  ) => unknown;
  /** step 7, staking: `try_set_pending_children` (after the epochs of this block) */
  readonly applyPendingChildKeys?: (ctx: DispatchContext) => void;
}

export type BlockStepStatus = 'runs' | 'not called yet';

export interface BlockStepInfo {
  readonly step: number;
  /** subtensor's function name */
  readonly name: string;
  /** the hook of `BlockStepHooks` that runs it, when there is one */
  readonly hook?: keyof BlockStepHooks;
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
  { step: 2, name: 'get_block_emission', owner: 'coinbase (dTAO)' },
  { step: 3, name: 'reveal_crv3_commits', hook: 'revealTimelockedCommits', owner: 'weights' },
  { step: 4, name: 'run_coinbase', hook: 'runScheduledEpochs', owner: 'coinbase (dTAO); epochs: consensus' },
  { step: 5, name: 'update_moving_prices', owner: 'coinbase (dTAO)' },
  { step: 6, name: 'update_root_prop', owner: 'coinbase (dTAO)' },
  { step: 7, name: 'try_set_pending_children', hook: 'applyPendingChildKeys', owner: 'staking (child keys)' },
  { step: 8, name: 'run_auto_claim_root_divs', owner: 'root claim (dTAO)' },
  { step: 9, name: 'populate_root_coldkey_staking_maps', owner: 'root claim (dTAO)' },
];

/** Whether a step runs with the given hooks. */
export function getBlockStepStatus(info: BlockStepInfo, hooks: BlockStepHooks): BlockStepStatus {
  return info.hook !== undefined && hooks[info.hook] !== undefined ? 'runs' : 'not called yet';
}

/** No emission is pending until the coinbase exists: every epoch distributes 0. */
const noPendingEmission = (): bigint => 0n;

export function createBlockStep(hooks: BlockStepHooks): (ctx: DispatchContext) => void {
  return function blockStep(ctx) {
    // 1. registration prices and counters
    hooks.updateRegistrationPricesForNetworks?.(ctx);
    // 2. get_block_emission: dTAO coinbase issue, not called yet (no TAO is minted per block)
    // 3. timelocked weight reveals
    hooks.revealTimelockedCommits?.(ctx);
    // 4. run_coinbase: dTAO coinbase issue; only its epoch pass runs, with nothing to distribute
    hooks.runScheduledEpochs?.(ctx, { takePendingEmission: noPendingEmission });
    // 5. update_moving_prices: dTAO coinbase issue, not called yet
    // 6. update_root_prop: dTAO coinbase issue, not called yet
    // 7. pending child keys of the subnets whose epoch ran in this block
    hooks.applyPendingChildKeys?.(ctx);
    // 8. run_auto_claim_root_divs: dTAO root claim issue, not called yet
    // 9. populate_root_coldkey_staking_maps: dTAO root claim issue, not called yet
  };
}
