/**
 * `npm run bench -- staking`: stake and unstake operations per second through the executive.
 * 256 coldkeys stake to 16 hotkeys on a dynamic subnet (`add_stake`), then half unstake (`remove_stake`),
 * then move stake to a second subnet (`move_stake`), blocks of 100 extrinsics committed to an in-memory
 * backend. The baseline is the pool swap alone (`swapTaoForAlpha`, no validation, share pool or transfer),
 * timed in the same run. `--ops=N` changes the number of operations per kind (default 2000).
 */
import { MAX_PRICE_RAO } from '../../src/swap/math/doSwap.js';
import { coldkey, createStakingChain, hotkey, TAO } from '../unit/staking/stakingChain.js';

const COLDKEYS = 256;
const HOTKEYS = 16;

function opsArg(args: readonly string[]): number {
  const flag = args.find((arg) => arg.startsWith('--ops='));
  return flag === undefined ? 2_000 : Number.parseInt(flag.slice('--ops='.length), 10);
}

function timed(label: string, ops: number, body: (i: number) => string | undefined): number {
  let failed = 0;
  let reason = '';
  const start = performance.now();
  for (let i = 0; i < ops; i++) {
    const error = body(i);
    if (error !== undefined) {
      failed++;
      reason = error;
    }
  }
  const ms = performance.now() - start;
  const perSecond = (ops / ms) * 1_000;
  const note = failed > 0 ? ` (${failed} failed: ${reason})` : '';
  console.log(
    `${label.padEnd(44)} ${perSecond.toFixed(0).padStart(8)} ops/s  ${(ms / ops).toFixed(3)} ms/op${note}`,
  );
  return perSecond;
}

export async function run(args: string[] = []): Promise<void> {
  const ops = opsArg(args);
  const chain = createStakingChain();
  const owner = coldkey(0);
  chain.endow(owner, 100_000n * TAO);
  const netuid = chain.openSubnet(owner, hotkey(0));
  const second = chain.openSubnet(owner, hotkey(1_000));
  const hotkeys = Array.from({ length: HOTKEYS }, (_, i) => hotkey(i));
  const coldkeys = Array.from({ length: COLDKEYS }, (_, i) => coldkey(i + 1));
  for (const key of hotkeys.slice(1)) chain.call(owner, 'try_associate_hotkey', { hotkey: key });
  for (const key of coldkeys) chain.endow(key, 10_000n * TAO);
  chain.nextBlock();
  const pick = (i: number) => ({ who: coldkeys[i % COLDKEYS]!, hot: hotkeys[i % HOTKEYS]! });
  const commit = (i: number) => {
    if (i % 100 === 99) chain.nextBlock();
  };
  console.log(`${ops} operations per kind, ${COLDKEYS} coldkeys, ${HOTKEYS} hotkeys`);
  const stake = timed('add_stake (1 TAO)', ops, (i) => {
    const { who, hot } = pick(i);
    const outcome = chain.call(who, 'add_stake', { hotkey: hot, netuid, amount_staked: TAO });
    commit(i);
    return outcome.error?.error;
  });
  const unstake = timed('remove_stake (an eighth of the position)', ops, (i) => {
    const { who, hot } = pick(i);
    const alpha = chain.stake(hot, who, netuid) / 8n;
    const outcome = chain.call(who, 'remove_stake', { hotkey: hot, netuid, amount_unstaked: alpha });
    commit(i);
    return outcome.error?.error;
  });
  timed('move_stake (an eighth, to another subnet)', ops, (i) => {
    const { who, hot } = pick(i);
    const alpha = chain.stake(hot, who, netuid) / 8n;
    const args = {
      origin_hotkey: hot,
      destination_hotkey: hot,
      origin_netuid: netuid,
      destination_netuid: second,
      alpha_amount: alpha,
    };
    const outcome = chain.call(who, 'move_stake', args);
    commit(i);
    return outcome.error?.error;
  });
  const baseline = timed('baseline: swapTaoForAlpha alone (1 TAO)', ops, (i) => {
    chain.swap.swapTaoForAlpha(chain.ctx(), netuid, TAO, MAX_PRICE_RAO, false);
    commit(i);
    return undefined;
  });
  console.log(
    `add_stake runs at ${((stake / baseline) * 100).toFixed(0)}% of the bare swap, remove_stake at ${((unstake / baseline) * 100).toFixed(0)}%`,
  );
}
