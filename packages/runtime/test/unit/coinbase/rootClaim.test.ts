import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, type NetUid, U64_MAX } from '@taonet/primitives';
import { distributeEmission } from '../../../src/coinbase/distributeEmission.js';
import { root } from '../../../src/dispatch/origin.js';
import { blockHashToIndices } from '../../../src/rootClaim/autoClaim.js';
import { getRootOwed } from '../../../src/rootClaim/rootClaimable.js';
import {
  NumRootClaim,
  NumStakingColdkeys,
  RootClaimableThreshold,
  RootClaimed,
  RootClaimTypeStorage,
  StakingColdkeysByIndex,
} from '../../../src/rootClaim/schema.js';
import { TaoWeight, TotalStake } from '../../../src/staking/schema.js';
import { getStake, increaseStake } from '../../../src/staking/stakeAccounting.js';
import { getSubnetAccountId } from '../../../src/subnets/subnetAccount.js';
import { SubnetAlphaOut, SubnetTAO } from '../../../src/swap/schema.js';
import {
  account,
  type CoinbaseChain,
  createCoinbaseChain,
  expectOk,
  issuanceGap,
  ROOT,
  TAO,
} from './coinbaseChain.js';

const OWNER = account(1);
const VALI = account(2); // the subnet owner's hotkey validates
const ALICE = account(10);
const BOB = account(11);

/** A subnet whose owner hotkey validates with 1_000 alpha and `rootStakes` of root stake (TAO weight 1). */
function setup(rootStakes: readonly [AccountId, bigint][]): { chain: CoinbaseChain; netuid: NetUid } {
  const chain = createCoinbaseChain({ lock: 100n * TAO });
  const netuid = chain.openSubnet(OWNER, VALI);
  TaoWeight.set(chain.state, U64_MAX);
  increaseStake(chain.state, { hotkey: VALI, coldkey: OWNER, netuid }, 1_000n * TAO);
  for (const [coldkey, amount] of rootStakes) {
    chain.endow(coldkey, amount + TAO);
    expectOk(chain.call(coldkey, 'add_stake', { hotkey: VALI, netuid: 0, amount_staked: amount }), 'stake');
  }
  SubnetAlphaOut.set(chain.state, [netuid], 10_000n * TAO); // pending alpha is part of alpha out
  return { chain, netuid };
}

function payRoot(chain: CoinbaseChain, netuid: NetUid, amount: bigint): void {
  distributeEmission(chain.ctx(), { swap: chain.swap }, netuid, {
    server: 0n,
    validator: 0n,
    root: amount,
    ownerCut: 0n,
  });
}

const keep = (chain: CoinbaseChain, who: AccountId) =>
  expectOk(chain.call(who, 'set_root_claim_type', { new_root_claim_type: { kind: 'Keep' } }), 'type');
const claim = (chain: CoinbaseChain, who: AccountId, netuid: NetUid) =>
  chain.call(who, 'claim_root', { subnets: [netuid] });

describe('root claims (economics.md §2.8)', () => {
  it('Keep: root stakers claim their share of root dividends as alpha, once', () => {
    const { chain, netuid } = setup([
      [ALICE, 100n * TAO],
      [BOB, 300n * TAO],
    ]);
    payRoot(chain, netuid, 10n * TAO);
    keep(chain, ALICE);
    keep(chain, BOB);
    const owedAlice = getRootOwed(chain.state, VALI, ALICE, netuid);
    expectOk(claim(chain, ALICE, netuid), 'claim');
    expectOk(claim(chain, BOB, netuid), 'claim');
    const alice = getStake(chain.state, { hotkey: VALI, coldkey: ALICE, netuid });
    const bob = getStake(chain.state, { hotkey: VALI, coldkey: BOB, netuid });
    assert.equal(alice, owedAlice);
    assert.ok(bob >= 3n * alice - 3n && bob <= 3n * alice + 3n, `${alice} ${bob}`);
    const paid = (10n * TAO * (65_535n - 11_796n)) / 65_535n; // after the delegate take
    assert.ok(alice + bob <= paid && alice + bob >= paid - 10n, `${alice + bob} of ${paid}`);
    assert.equal(RootClaimed.get(chain.state, [netuid, VALI, ALICE]), alice);
    expectOk(claim(chain, ALICE, netuid), 'claim again');
    assert.equal(getStake(chain.state, { hotkey: VALI, coldkey: ALICE, netuid }), alice, 'nothing left');
  });

  it('Swap (default): the owed alpha is sold and staked on root as TAO, every rao accounted for', () => {
    const { chain, netuid } = setup([[ALICE, 100n * TAO]]);
    payRoot(chain, netuid, 10n * TAO);
    const before = {
      root: getStake(chain.state, { hotkey: VALI, coldkey: ALICE, netuid: ROOT }),
      rootPool: SubnetTAO.get(chain.state, [ROOT]),
      pool: SubnetTAO.get(chain.state, [netuid]),
      stake: TotalStake.get(chain.state),
      rootAccount: chain.free(getSubnetAccountId(ROOT)),
    };
    expectOk(claim(chain, ALICE, netuid), 'claim');
    const gained = getStake(chain.state, { hotkey: VALI, coldkey: ALICE, netuid: ROOT }) - before.root;
    assert.ok(gained > 0n);
    assert.equal(SubnetTAO.get(chain.state, [ROOT]) - before.rootPool, gained);
    assert.equal(before.pool - SubnetTAO.get(chain.state, [netuid]), gained);
    assert.equal(TotalStake.get(chain.state), before.stake, 'TAO moved between pools');
    assert.equal(chain.free(getSubnetAccountId(ROOT)) - before.rootAccount, gained);
    assert.equal(getStake(chain.state, { hotkey: VALI, coldkey: ALICE, netuid }), 0n);
    assert.equal(getRootOwed(chain.state, VALI, ALICE, netuid), 0n, 'the new root stake owes nothing old');
    assert.deepEqual(issuanceGap(chain), { currency: 0n, subtensor: 0n });
  });

  it('new root stake does not claim dividends paid before it arrived', () => {
    const { chain, netuid } = setup([[ALICE, 100n * TAO]]);
    payRoot(chain, netuid, 10n * TAO);
    chain.endow(BOB, 101n * TAO);
    expectOk(chain.call(BOB, 'add_stake', { hotkey: VALI, netuid: 0, amount_staked: 100n * TAO }), 'stake');
    assert.equal(getRootOwed(chain.state, VALI, BOB, netuid), 0n);
    assert.ok(getRootOwed(chain.state, VALI, ALICE, netuid) > 0n);
  });

  it('waits below the threshold; owners set it within 10_000_000 rao', () => {
    const { chain, netuid } = setup([[ALICE, 100n * TAO]]);
    keep(chain, ALICE);
    payRoot(chain, netuid, 400_000n); // ~328_000 rao owed, below the 500_000 default
    expectOk(claim(chain, ALICE, netuid), 'claim');
    assert.equal(getStake(chain.state, { hotkey: VALI, coldkey: ALICE, netuid }), 0n);
    const set = (origin: AccountId | typeof root, value: bigint) =>
      chain.call(origin, 'sudo_set_root_claim_threshold', { netuid, new_value: value });
    assert.equal(set(ALICE, 0n).error?.error, 'BadOrigin');
    assert.equal(set(OWNER, 10_000_001n).error?.error, 'InvalidRootClaimThreshold');
    expectOk(set(OWNER, 0n), 'owner');
    expectOk(set(root, 100n), 'root');
    assert.equal(RootClaimableThreshold.get(chain.state, [netuid]), 100n << 32n);
    expectOk(claim(chain, ALICE, netuid), 'claim');
    assert.ok(getStake(chain.state, { hotkey: VALI, coldkey: ALICE, netuid }) > 300_000n);
  });

  it('KeepSubnets keeps the listed subnets; argument errors', () => {
    const { chain, netuid } = setup([[ALICE, 100n * TAO]]);
    const setType = (type: unknown) =>
      chain.call(ALICE, 'set_root_claim_type', { new_root_claim_type: type });
    assert.equal(setType({ kind: 'KeepSubnets', subnets: [] }).error?.error, 'InvalidSubnetNumber');
    expectOk(setType({ kind: 'KeepSubnets', subnets: [netuid, netuid] }), 'keep subnets');
    assert.deepEqual(RootClaimTypeStorage.get(chain.state, [ALICE]), {
      kind: 'KeepSubnets',
      subnets: [netuid],
    });
    assert.equal(chain.call(ALICE, 'claim_root', { subnets: [] }).error?.error, 'InvalidSubnetNumber');
    const six = [1, 2, 3, 4, 5, 6] as NetUid[];
    assert.equal(chain.call(ALICE, 'claim_root', { subnets: six }).error?.error, 'InvalidSubnetNumber');
    payRoot(chain, netuid, 10n * TAO);
    expectOk(claim(chain, ALICE, netuid), 'claim');
    assert.ok(getStake(chain.state, { hotkey: VALI, coldkey: ALICE, netuid }) > 0n, 'kept as alpha');
  });

  it('sudo_set_num_root_claims: root only, at most 50', () => {
    const chain = createCoinbaseChain();
    assert.equal(chain.call(ALICE, 'sudo_set_num_root_claims', { new_value: 3n }).error?.error, 'BadOrigin');
    assert.equal(
      chain.call(root, 'sudo_set_num_root_claims', { new_value: 51n }).error?.error,
      'InvalidNumRootClaim',
    );
    expectOk(chain.call(root, 'sudo_set_num_root_claims', { new_value: 0n }), 'zero disables');
    assert.equal(NumRootClaim.get(chain.state), 0n);
  });

  it('auto-claims the coldkeys drawn from the parent hash each block', () => {
    const { chain, netuid } = setup([[ALICE, 100n * TAO]]);
    keep(chain, ALICE);
    assert.equal(NumStakingColdkeys.get(chain.state), 1n, 'staking on root indexed the coldkey');
    assert.equal(StakingColdkeysByIndex.get(chain.state, [0n]), ALICE);
    payRoot(chain, netuid, 10n * TAO);
    chain.coinbase.runAutoClaimRootDivs(chain.ctx());
    assert.ok(getStake(chain.state, { hotkey: VALI, coldkey: ALICE, netuid }) > 0n);
  });

  it('block_hash_to_indices: deterministic, distinct, below n', () => {
    const hash = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);
    const indices = blockHashToIndices(hash, 5n, 7n);
    assert.deepEqual(indices, blockHashToIndices(hash, 5n, 7n));
    assert.ok(indices.every((i) => i < 7n) && new Set(indices).size === indices.length);
    assert.deepEqual(
      [...indices].sort((a, b) => Number(a - b)),
      indices,
    );
    assert.deepEqual(blockHashToIndices(hash, 3n, 0n), [0n]);
    assert.deepEqual(blockHashToIndices(new Uint8Array(32), 5n, 10n), [0n]);
  });
});
