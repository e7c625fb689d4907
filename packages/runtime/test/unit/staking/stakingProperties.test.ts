/**
 * Properties over long random sequences of staking calls (stake, limit orders, unstake, moves, transfers,
 * swaps, unstake-all, recycle and burn) on two subnets and root, with a block author taking the fees:
 *
 * - TAO: the balances issuance equals the sum of all accounts, and every subnet account holds exactly its
 *   pool's TAO reserve (`SubnetTAO`): staked TAO never appears or vanishes;
 * - alpha, per subnet: `SubnetAlphaOut` = Σ hotkey pools + alpha burned by `burn_alpha` (the gap moves only
 *   on a burn);
 * - share pools: the stakers of a pool are never promised more than the pool holds;
 * - amounts stay within u64 (no negative or overflowing value is ever stored).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, type NetUid, U64_MAX } from '@taonet/primitives';
import fc from 'fast-check';
import { CurrencyIssuance } from '../../../src/balances/schema.js';
import { getSubnetAccountId } from '../../../src/subnets/subnetAccount.js';
import { MAX_PRICE_RAO, MIN_PRICE_RAO } from '../../../src/swap/math/doSwap.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO } from '../../../src/swap/schema.js';
import {
  checkSharePools,
  coldkey,
  createStakingChain,
  expectSuccess,
  hotkey,
  ROOT,
  type StakingChain,
  TAO,
  totalBalances,
  totalPooledAlpha,
} from './stakingChain.js';

const COLDKEYS = [coldkey(1), coldkey(2), coldkey(3)];
const HOTKEYS = [hotkey(1), hotkey(2), hotkey(3)];

type Action =
  | { kind: 'add'; c: number; h: number; n: number; tao: bigint; limit: boolean }
  | { kind: 'remove'; c: number; h: number; n: number; percent: number; limit: boolean }
  | { kind: 'move'; c: number; h: number; h2: number; n: number; n2: number; percent: number }
  | { kind: 'transfer'; c: number; c2: number; h: number; n: number; n2: number; percent: number }
  | { kind: 'unstakeAll'; c: number; h: number; alphaOnly: boolean }
  | { kind: 'destroy'; c: number; h: number; n: number; percent: number; recycle: boolean }
  | { kind: 'blocks'; count: number };

const who = fc.nat(2);
const net = fc.nat(2);
const percent = fc.integer({ min: 0, max: 120 });
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      c: who,
      h: who,
      n: net,
      tao: fc.bigInt({ min: 0n, max: 400n * TAO }),
      limit: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('remove' as const),
      c: who,
      h: who,
      n: net,
      percent,
      limit: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      c: who,
      h: who,
      h2: who,
      n: net,
      n2: net,
      percent,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('transfer' as const),
      c: who,
      c2: who,
      h: who,
      n: net,
      n2: net,
      percent,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('unstakeAll' as const),
      c: who,
      h: who,
      alphaOnly: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('destroy' as const),
      c: who,
      h: who,
      n: net,
      percent,
      recycle: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('blocks' as const), count: fc.integer({ min: 1, max: 50 }) }),
  },
);

interface World {
  chain: StakingChain;
  subnets: NetUid[];
}

function createWorld(): World {
  const chain = createStakingChain();
  for (const c of COLDKEYS) chain.endow(c, 3_000n * TAO);
  const subnets = [
    ROOT,
    chain.openSubnet(COLDKEYS[0]!, HOTKEYS[0]!),
    chain.openSubnet(COLDKEYS[1]!, HOTKEYS[1]!),
  ];
  expectSuccess(chain, COLDKEYS[2]!, 'try_associate_hotkey', { hotkey: HOTKEYS[2]! });
  return { chain, subnets };
}

const part = (stake: bigint, p: number) => (stake * BigInt(p)) / 100n;

function run(world: World, step: Action): void {
  const { chain, subnets } = world;
  const c = COLDKEYS['c' in step ? step.c : 0]!;
  const h = HOTKEYS['h' in step ? step.h : 0]!;
  const n = subnets['n' in step ? step.n : 0]!;
  const stake = chain.stake(h, c, n);
  switch (step.kind) {
    case 'add':
      if (step.limit) {
        const args = {
          hotkey: h,
          netuid: n,
          amount_staked: step.tao,
          limit_price: MAX_PRICE_RAO,
          allow_partial: true,
        };
        chain.call(c, 'add_stake_limit', args);
      } else chain.call(c, 'add_stake', { hotkey: h, netuid: n, amount_staked: step.tao });
      return;
    case 'remove':
      if (step.limit) {
        const args = {
          hotkey: h,
          netuid: n,
          amount_unstaked: part(stake, step.percent),
          limit_price: MIN_PRICE_RAO,
          allow_partial: false,
        };
        chain.call(c, 'remove_stake_limit', args);
      } else
        chain.call(c, 'remove_stake', { hotkey: h, netuid: n, amount_unstaked: part(stake, step.percent) });
      return;
    case 'move':
      chain.call(c, 'move_stake', {
        origin_hotkey: h,
        destination_hotkey: HOTKEYS[step.h2]!,
        origin_netuid: n,
        destination_netuid: subnets[step.n2]!,
        alpha_amount: part(stake, step.percent),
      });
      return;
    case 'transfer':
      chain.call(c, 'transfer_stake', {
        destination_coldkey: COLDKEYS[step.c2]!,
        hotkey: h,
        origin_netuid: n,
        destination_netuid: subnets[step.n2]!,
        alpha_amount: part(stake, step.percent),
      });
      return;
    case 'unstakeAll':
      chain.call(c, step.alphaOnly ? 'unstake_all_alpha' : 'unstake_all', { hotkey: h });
      return;
    case 'destroy':
      chain.call(c, step.recycle ? 'recycle_alpha' : 'burn_alpha', {
        hotkey: h,
        amount: part(stake, step.percent),
        netuid: n,
      });
      return;
    case 'blocks':
      chain.nextBlock(step.count);
  }
}

function alphaGap(world: World, netuid: NetUid): bigint {
  return SubnetAlphaOut.get(world.chain.state, [netuid]) - totalPooledAlpha(world.chain, netuid);
}

function checkInvariants(world: World, gaps: Map<NetUid, bigint>, step: Action): void {
  const { chain, subnets } = world;
  assert.equal(totalBalances(chain), CurrencyIssuance.get(chain.state), 'balances issuance = Σ accounts');
  for (const netuid of subnets) {
    assert.equal(
      chain.free(getSubnetAccountId(netuid)),
      SubnetTAO.get(chain.state, [netuid]),
      `subnet ${netuid} TAO`,
    );
    for (const value of [SubnetTAO, SubnetAlphaIn, SubnetAlphaOut].map((item) =>
      item.get(chain.state, [netuid]),
    )) {
      assert.ok(value >= 0n && value <= U64_MAX);
    }
    const gap = alphaGap(world, netuid);
    const burn = step.kind === 'destroy' && !step.recycle;
    if (!burn) assert.equal(gap, gaps.get(netuid), `subnet ${netuid}: alpha out = pools + burned`);
    assert.ok(gap >= 0n);
    gaps.set(netuid, gap);
  }
  checkSharePools(chain);
}

describe('staking properties over random call sequences', () => {
  it('conserve TAO and alpha and keep share pools solvent (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 20, maxLength: 60 }), (steps) => {
        const world = createWorld();
        const gaps = new Map(world.subnets.map((n) => [n, alphaGap(world, n)]));
        for (const step of steps) {
          run(world, step);
          checkInvariants(world, gaps, step);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('stake then unstake of everything returns the TAO less fees and price impact, never more', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 3_000_000n, max: 500n * TAO }), (tao) => {
        const { chain, subnets } = createWorld();
        const c = COLDKEYS[2]!;
        const before = chain.free(c);
        expectSuccess(chain, c, 'add_stake', {
          hotkey: HOTKEYS[0]!,
          netuid: subnets[1]!,
          amount_staked: tao,
        });
        expectSuccess(chain, c, 'unstake_all', { hotkey: HOTKEYS[0]! as AccountId });
        assert.ok(chain.free(c) < before);
        assert.ok(chain.free(c) > before - tao / 50n - 1_000_000n);
      }),
      { numRuns: 30 },
    );
  });
});
