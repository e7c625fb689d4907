/**
 * Properties over random mixes of staking, child keys and key swaps (hotkey swaps on one or all subnets,
 * with or without the stake, and root coldkey swaps): TAO stays accounted for (swap costs leave both the
 * accounts and the issuance), each subnet's alpha out stays equal to its pools, every share pool stays
 * solvent, and the key relations stay consistent (owners and owned hotkeys, uids and keys, children and
 * parents mirror each other).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccountId, NetUid } from '@taonet/primitives';
import fc from 'fast-check';
import { CurrencyIssuance } from '../../../src/balances/schema.js';
import { root } from '../../../src/dispatch/origin.js';
import { Keys, OwnedHotkeys, Owner, Uids } from '../../../src/neurons/schema.js';
import { applyPendingChildKeys } from '../../../src/staking/hooks.js';
import { ChildKeys, ParentKeys } from '../../../src/staking/schema.js';
import { LastEpochBlock } from '../../../src/subnets/schema.js';
import { getSubnetAccountId } from '../../../src/subnets/subnetAccount.js';
import { SubnetAlphaOut, SubnetTAO } from '../../../src/swap/schema.js';
import {
  checkSharePools,
  coldkey,
  createStakingChain,
  hotkey,
  ROOT,
  type StakingChain,
  TAO,
  totalBalances,
  totalPooledAlpha,
} from '../staking/stakingChain.js';

const COLDKEYS = [coldkey(1), coldkey(2), coldkey(3), coldkey(4), coldkey(5)];
const HOTKEYS = [hotkey(1), hotkey(2), hotkey(3), hotkey(4), hotkey(5), hotkey(6)];
const U64_HALF = (1n << 63n) - 1n;

type Action =
  | { kind: 'add'; c: number; h: number; n: number; tao: bigint }
  | { kind: 'remove'; c: number; h: number; n: number; percent: number }
  | { kind: 'children'; c: number; h: number; h2: number; n: number }
  | { kind: 'swapHotkey'; c: number; h: number; h2: number; n: number; all: boolean; keep: boolean }
  | { kind: 'swapColdkey'; c: number; c2: number }
  | { kind: 'blocks'; count: number };

const ck = fc.nat(COLDKEYS.length - 1);
const hk = fc.nat(HOTKEYS.length - 1);
const net = fc.nat(2);
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      c: ck,
      h: hk,
      n: net,
      tao: fc.bigInt({ min: 0n, max: 200n * TAO }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('remove' as const),
      c: ck,
      h: hk,
      n: net,
      percent: fc.integer({ min: 0, max: 100 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('children' as const), c: ck, h: hk, h2: hk, n: net }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('swapHotkey' as const),
      c: ck,
      h: hk,
      h2: hk,
      n: net,
      all: fc.boolean(),
      keep: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapColdkey' as const), c: ck, c2: ck }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('blocks' as const),
      count: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.constant(8_000)),
    }),
  },
);

interface World {
  chain: StakingChain;
  subnets: NetUid[];
}

function createWorld(): World {
  const chain = createStakingChain();
  for (const c of COLDKEYS.slice(0, 3)) chain.endow(c, 3_000n * TAO);
  const subnets = [
    ROOT,
    chain.openSubnet(COLDKEYS[0]!, HOTKEYS[0]!),
    chain.openSubnet(COLDKEYS[1]!, HOTKEYS[1]!),
  ];
  chain.call(COLDKEYS[2]!, 'try_associate_hotkey', { hotkey: HOTKEYS[2]! });
  return { chain, subnets };
}

/** Key swaps and child keys are signed by the hotkey's owner (a random coldkey when it has none). */
const owner = (chain: StakingChain, hot: AccountId, fallback: AccountId): AccountId =>
  Owner.getOption(chain.state, [hot]) ?? fallback;

function run({ chain, subnets }: World, step: Action): void {
  const c = COLDKEYS['c' in step ? step.c : 0]!;
  const h = HOTKEYS['h' in step ? step.h : 0]!;
  const n = subnets['n' in step ? step.n : 0]!;
  switch (step.kind) {
    case 'add':
      chain.call(c, 'add_stake', { hotkey: h, netuid: n, amount_staked: step.tao });
      return;
    case 'remove': {
      const alpha = (chain.stake(h, c, n) * BigInt(step.percent)) / 100n;
      chain.call(c, 'remove_stake', { hotkey: h, netuid: n, amount_unstaked: alpha });
      return;
    }
    case 'children':
      chain.call(owner(chain, h, c), 'set_children', {
        hotkey: h,
        netuid: n,
        children: [[U64_HALF, HOTKEYS[step.h2]!]],
      });
      return;
    case 'swapHotkey': {
      const netuid = step.all ? undefined : n;
      const args = { hotkey: h, new_hotkey: HOTKEYS[step.h2]!, netuid, keep_stake: step.keep };
      chain.call(owner(chain, h, c), 'swap_hotkey_v2', args);
      return;
    }
    case 'swapColdkey':
      chain.call(root, 'swap_coldkey', {
        old_coldkey: c,
        new_coldkey: COLDKEYS[step.c2]!,
        swap_cost: TAO / 10n,
      });
      return;
    case 'blocks':
      chain.nextBlock(step.count);
      for (const netuid of subnets) LastEpochBlock.set(chain.state, [netuid], BigInt(chain.block));
      applyPendingChildKeys(chain.ctx());
  }
}

function checkRelations({ chain, subnets }: World): void {
  const { state } = chain;
  for (const [[owner], hotkeys] of OwnedHotkeys.entries(state)) {
    for (const hot of hotkeys) assert.equal(Owner.get(state, [hot]), owner, 'owned hotkeys are owned');
  }
  for (const netuid of subnets) {
    for (const [[, uid], hot] of Keys.entries(state, [netuid])) {
      assert.equal(Uids.get(state, [netuid, hot]), uid, 'keys and uids mirror each other');
    }
  }
  for (const [[parent, netuid], children] of ChildKeys.entries(state)) {
    for (const [proportion, child] of children) {
      const parents = ParentKeys.get(state, [child, netuid]);
      assert.ok(
        parents.some(([p, who]) => who === parent && p === proportion),
        'children mirror parents',
      );
    }
  }
  for (const [[child, netuid], parents] of ParentKeys.entries(state)) {
    for (const [, parent] of parents) {
      assert.ok(ChildKeys.get(state, [parent, netuid]).some(([, who]) => who === child));
    }
  }
}

function check(world: World, gaps: Map<NetUid, bigint>): void {
  const { chain, subnets } = world;
  assert.equal(totalBalances(chain), CurrencyIssuance.get(chain.state));
  for (const netuid of subnets) {
    assert.equal(chain.free(getSubnetAccountId(netuid)), SubnetTAO.get(chain.state, [netuid]));
    const gap = SubnetAlphaOut.get(chain.state, [netuid]) - totalPooledAlpha(chain, netuid);
    assert.equal(gap, gaps.get(netuid), `subnet ${netuid}: alpha out = pools`);
  }
  checkSharePools(chain);
  checkRelations(world);
}

describe('key swap properties over random sequences', () => {
  it('keep TAO, alpha, share pools and key relations consistent (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 20, maxLength: 50 }), (steps) => {
        const world = createWorld();
        const gaps = new Map(
          world.subnets.map((n) => [
            n,
            SubnetAlphaOut.get(world.chain.state, [n]) - totalPooledAlpha(world.chain, n),
          ]),
        );
        for (const step of steps) {
          run(world, step);
          check(world, gaps);
        }
      }),
      { numRuns: 30 },
    );
  });
});
