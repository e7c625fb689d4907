/**
 * `sudo_set_nominator_min_required_stake(min_stake)` [43], root only: sets `NominatorMinRequiredStake`
 * (the minimum is `DefaultMinStake · min_stake / 1e6`); when it rises, every nomination below the new
 * minimum is unstaked to its coldkey (`clear_small_nominations`), which needs the pools.
 */
import { u64 } from 'scale-ts';
import { clearSmallNominations } from '../../staking/nominations.js';
import { NominatorMinRequiredStake } from '../../staking/stakingCallsStorage.js';
import type { StakingModules } from '../../staking/stakingModules.js';
import { defineGlobalSetter } from './defineSetter.js';

export function createSudoSetNominatorMinRequiredStakeCall(staking: StakingModules) {
  return defineGlobalSetter({
    index: 43,
    name: 'sudo_set_nominator_min_required_stake',
    arg: { name: 'min_stake', codec: u64 },
    docs: 'Root: set NominatorMinRequiredStake (millionths of DefaultMinStake); raising it clears smaller nominations.',
    apply(ctx, value) {
      const previous = NominatorMinRequiredStake.get(ctx.state);
      NominatorMinRequiredStake.set(ctx.state, value);
      if (value > previous) clearSmallNominations(ctx, staking);
    },
  });
}
