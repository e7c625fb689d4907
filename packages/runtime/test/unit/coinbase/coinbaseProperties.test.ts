/**
 * Properties of the coinbase over random sequences of blocks, stakes, unstakes, root claims and weights on
 * three subnets (economics.md §1-2): TAO conservation (both issuance counters equal the sum of all balances;
 * each subnet account stays its pool plus a constant), alpha conservation per subnet (extrinsics never change
 * the alpha issuance, a block adds at most what it minted, and everything owned — stakes, pending emission,
 * protocol alpha, unclaimed root dividends — stays within `SubnetAlphaOut`), share pools never worth more
 * than their hotkey's total, and determinism (the same sequence gives the same state).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, I96F32, type NetUid } from '@taonet/primitives';
import fc from 'fast-check';
import {
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
} from '../../../src/coinbase/schema.js';
import { Keys } from '../../../src/neurons/schema.js';
import { getRootOwed } from '../../../src/rootClaim/rootClaimable.js';
import { RootClaimable } from '../../../src/rootClaim/schema.js';
import { AlphaV2, TotalHotkeyAlpha } from '../../../src/staking/schema.js';
import { getPoolStakers, getStake, getValueOfShares } from '../../../src/staking/stakeAccounting.js';
import { SubnetMovingPrice, SubnetProtocolAlpha, Tempo } from '../../../src/subnets/schema.js';
import { getSubnetAccountId } from '../../../src/subnets/subnetAccount.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO } from '../../../src/swap/schema.js';
import { account, type CoinbaseChain, createCoinbaseChain, issuanceGap, ROOT, TAO } from './coinbaseChain.js';

const STAKERS = [account(100), account(101), account(102)];
const VALIDATORS = [account(200), account(201)];
const MINERS = [account(300), account(301)];

type Action =
  | { kind: 'blocks'; n: number }
  | { kind: 'stake'; who: number; hot: number; subnet: number; tao: number }
  | { kind: 'unstake'; who: number; hot: number; subnet: number; percent: number }
  | { kind: 'claim'; who: number; subnet: number }
  | { kind: 'claimType'; who: number; keep: boolean }
  | { kind: 'weights'; hot: number; subnet: number; miner: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant('blocks' as const), n: fc.integer({ min: 1, max: 8 }) }),
    weight: 3,
  },
  fc.record({
    kind: fc.constant('stake' as const),
    who: fc.nat(2),
    hot: fc.nat(1),
    subnet: fc.nat(3),
    tao: fc.integer({ min: 1, max: 500 }),
  }),
  fc.record({
    kind: fc.constant('unstake' as const),
    who: fc.nat(2),
    hot: fc.nat(1),
    subnet: fc.nat(3),
    percent: fc.integer({ min: 1, max: 100 }),
  }),
  fc.record({ kind: fc.constant('claim' as const), who: fc.nat(2), subnet: fc.nat(2) }),
  fc.record({ kind: fc.constant('claimType' as const), who: fc.nat(2), keep: fc.boolean() }),
  fc.record({ kind: fc.constant('weights' as const), hot: fc.nat(1), subnet: fc.nat(2), miner: fc.nat(1) }),
);

interface World {
  readonly chain: CoinbaseChain;
  readonly subnets: NetUid[];
  /** each subnet account minus its pool: constant through every action */
  readonly accountSurplus: Map<NetUid, bigint>;
}

function createWorld(): World {
  const chain = createCoinbaseChain({ lock: 100n * TAO });
  const subnets = [1, 2, 3].map((i) => chain.openSubnet(account(i), account(10 + i)));
  subnets.forEach((netuid, i) => {
    Tempo.set(chain.state, [netuid], 4 + i);
    SubnetMovingPrice.set(chain.state, [netuid], I96F32.fromF64(0.4 + 0.3 * i));
    for (const hotkey of [...VALIDATORS, ...MINERS]) chain.addNeuron(netuid, hotkey, account(900));
  });
  for (const who of STAKERS) chain.endow(who, 10_000n * TAO);
  const accountSurplus = new Map(
    [ROOT, ...subnets].map((n) => [n, chain.free(getSubnetAccountId(n)) - SubnetTAO.get(chain.state, [n])]),
  );
  return { chain, subnets, accountSurplus };
}

const netuidOf = (world: World, i: number): NetUid => (i === 3 ? ROOT : (world.subnets[i] as NetUid));

function apply(world: World, step: Action): void {
  const { chain } = world;
  if (step.kind === 'blocks') chain.nextBlock(step.n);
  else if (step.kind === 'stake') {
    const args = {
      hotkey: VALIDATORS[step.hot],
      netuid: netuidOf(world, step.subnet),
      amount_staked: BigInt(step.tao) * TAO,
    };
    chain.call(STAKERS[step.who] as AccountId, 'add_stake', args);
  } else if (step.kind === 'unstake') {
    const position = {
      hotkey: VALIDATORS[step.hot] as AccountId,
      coldkey: STAKERS[step.who] as AccountId,
      netuid: netuidOf(world, step.subnet),
    };
    const alpha = (getStake(chain.state, position) * BigInt(step.percent)) / 100n;
    const args = { hotkey: position.hotkey, netuid: position.netuid, amount_unstaked: alpha };
    chain.call(position.coldkey, 'remove_stake', args);
  } else if (step.kind === 'claim') {
    chain.call(STAKERS[step.who] as AccountId, 'claim_root', { subnets: [netuidOf(world, step.subnet)] });
  } else if (step.kind === 'claimType') {
    const type = step.keep ? { kind: 'Keep' } : { kind: 'Swap' };
    chain.call(STAKERS[step.who] as AccountId, 'set_root_claim_type', { new_root_claim_type: type });
  } else {
    const netuid = netuidOf(world, step.subnet);
    const dest = 1 + VALIDATORS.length + step.miner; // uids: owner 0, validators 1-2, miners 3-4
    const args = { netuid, dests: [dest], weights: [65_535], version_key: 0n };
    chain.call(VALIDATORS[step.hot] as AccountId, 'set_weights', args);
  }
}

const issuance = (world: World, netuid: NetUid) =>
  SubnetAlphaIn.get(world.chain.state, [netuid]) + SubnetAlphaOut.get(world.chain.state, [netuid]);

/** Alpha someone owns on the subnet: stakes, pending emission, protocol alpha, unclaimed root dividends. */
function ownedAlpha(world: World, netuid: NetUid): bigint {
  const { state } = world.chain;
  let owned = SubnetProtocolAlpha.get(state, [netuid]);
  for (const item of [
    PendingServerEmission,
    PendingValidatorEmission,
    PendingRootAlphaDivs,
    PendingOwnerCut,
  ]) {
    owned += item.get(state, [netuid]);
  }
  for (const [[, n], value] of TotalHotkeyAlpha.entries(state)) if (n === netuid) owned += value;
  for (const [[hotkey]] of RootClaimable.entries(state)) {
    for (const [[, coldkey, n]] of AlphaV2.entries(state, [hotkey])) {
      if (n === ROOT) owned += getRootOwed(state, hotkey, coldkey, netuid);
    }
  }
  return owned;
}

function checkInvariants(world: World, before: Map<NetUid, bigint>, step: Action): void {
  const { chain } = world;
  assert.deepEqual(issuanceGap(chain), { currency: 0n, subtensor: 0n }, 'issuance = Σ balances');
  for (const [netuid, surplus] of world.accountSurplus) {
    const actual = chain.free(getSubnetAccountId(netuid)) - SubnetTAO.get(chain.state, [netuid]);
    assert.equal(actual, surplus, `subnet ${netuid}: account − pool changed`);
  }
  for (const netuid of world.subnets) {
    const delta = issuance(world, netuid) - (before.get(netuid) ?? 0n);
    if (step.kind !== 'blocks') assert.equal(delta, 0n, `extrinsics keep subnet ${netuid}'s alpha issuance`);
    else {
      const minted = BigInt(step.n) * 2n * TAO; // at most alpha_in + alpha_out per block
      assert.ok(delta >= 0n && delta <= minted, `subnet ${netuid}: issuance grew by ${delta}`);
    }
    const owned = ownedAlpha(world, netuid);
    const out = SubnetAlphaOut.get(chain.state, [netuid]);
    assert.ok(owned <= out, `subnet ${netuid}: owned ${owned} > alpha out ${out}`);
  }
  for (const hotkey of [...VALIDATORS, ...MINERS]) {
    for (const netuid of [ROOT, ...world.subnets]) {
      const total = TotalHotkeyAlpha.get(chain.state, [hotkey, netuid]);
      const values = getPoolStakers(chain.state, hotkey, netuid).map((s) =>
        getValueOfShares(chain.state, hotkey, netuid, s.shares),
      );
      assert.ok(values.reduce((a, b) => a + b, 0n) <= total, 'share values within the pool');
    }
  }
}

function stateDigest(world: World): string {
  world.chain.backend.apply(world.chain.state.takeChanges());
  const parts: string[] = [];
  for (const key of world.chain.state.keysWithPrefix('')) {
    parts.push(`${key}=${Buffer.from(world.chain.state.get(key) ?? new Uint8Array()).toString('hex')}`);
  }
  return parts.join('\n');
}

function runSequence(steps: readonly Action[], check: boolean): World {
  const world = createWorld();
  for (const step of steps) {
    const before = new Map(world.subnets.map((n) => [n, issuance(world, n)]));
    apply(world, step);
    if (check) checkInvariants(world, before, step);
  }
  return world;
}

describe('coinbase properties (fast-check)', () => {
  it('conserves TAO and alpha, keeps share pools within their totals, over random blocks and calls', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 5, maxLength: 30 }), (steps) => {
        runSequence(steps, true);
      }),
      { numRuns: 25 },
    );
  });

  it('is deterministic: the same sequence gives the same state', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 5, maxLength: 15 }), (steps) => {
        assert.equal(stateDigest(runSequence(steps, false)), stateDigest(runSequence(steps, false)));
      }),
      { numRuns: 4 },
    );
  });

  it('reaches epochs that pay stakers (a sanity check of the generator)', () => {
    const world = runSequence(
      [
        { kind: 'stake', who: 0, hot: 0, subnet: 0, tao: 100 },
        { kind: 'stake', who: 1, hot: 0, subnet: 3, tao: 100 },
        { kind: 'weights', hot: 0, subnet: 0, miner: 0 },
        { kind: 'blocks', n: 8 },
        { kind: 'weights', hot: 0, subnet: 0, miner: 0 },
        { kind: 'blocks', n: 8 },
      ],
      true,
    );
    const netuid = world.subnets[0] as NetUid;
    assert.equal(Keys.get(world.chain.state, [netuid, 3]), MINERS[0]);
    assert.ok(
      TotalHotkeyAlpha.get(world.chain.state, [MINERS[0] as AccountId, netuid]) > 0n,
      'the miner earned',
    );
  });
});
