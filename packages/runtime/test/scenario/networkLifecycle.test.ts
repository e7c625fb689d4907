/**
 * Scenario: a subnet's life through the public runtime composition only (createRuntime, the genesis builder,
 * applyBlock with signed, encoded calls as the node feeds them, the runtime-API views and storage reads).
 *
 * Invariant checked after every block (the runtime runs without its coinbase, fees go to the block author):
 *   SubtensorModule.TotalIssuance == Balances.TotalIssuance == sum of every System.Account free balance,
 *   and each subnet's account holds exactly its pool's TAO (free(subnet account) == SubnetTAO[netuid]), so
 *   TotalIssuance == sum of the free balances of non-subnet accounts + sum over subnets of SubnetTAO.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AccountId, accountId, type NetUid, netUid } from '@taonet/primitives';
import {
  Account,
  type BoundCall,
  Burn,
  BurnIncreaseMult,
  bumpBurnAfterRegistration,
  CurrencyIssuance,
  computeNewSubnetPool,
  createRuntime,
  decayBurnForBlock,
  devGenesis,
  FeeRate,
  getAllSubnetNetuids,
  getCommitHash,
  getNetworkRegistrationCost,
  getSubnetAccountId,
  LastEpochBlock,
  MaxBurn,
  MinBurn,
  NetworkLastLockCost,
  NetworkMinLockCost,
  type OverlayState,
  RAORecycledForRegistration,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetEpochIndex,
  SubnetLocked,
  SubnetTAO,
  SYMBOLS,
  storageIndexOf,
  TokenSymbol,
  TotalIssuance,
  Uids,
} from '@taonet/runtime';
import {
  type AppliedBlock,
  eventsNamed,
  expectOk,
  LifecycleChain,
  outcomesOf,
  type SignedCall,
} from './lifecycleChain.js';

const TAO = 1_000_000_000n;
const key = (n: number): AccountId => accountId(new Uint8Array(32).fill(n));
const ALICE = key(1);
const OWNER = key(2);
const STRANGER = key(3);
const MINER = key(4);
const VALI = key(5);
const AUTHOR = key(6);
const OWNER_HOT = key(21);
const VALI_HOT = key(22);
const MINER_HOT1 = key(23);
const MINER_HOT2 = key(24);
const NET: NetUid = netUid(1);
const REGISTERED_AT = 3;
const TEMPO = 360;

const sub = (name: string, args: Record<string, unknown>): BoundCall => ({
  pallet: 'SubtensorModule',
  name,
  args,
});
const admin = (name: string, args: Record<string, unknown>): BoundCall => ({
  pallet: 'AdminUtils',
  name,
  args,
});
const tx = (who: AccountId, call: BoundCall): SignedCall => ({ who, call });
const text = (s: string) => new TextEncoder().encode(s);
const free = (state: OverlayState, who: AccountId) => Account.get(state, [who]).data.free;

function checkIssuance(state: OverlayState): void {
  let balances = 0n;
  for (const [, info] of Account.entries(state)) balances += info.data.free;
  assert.equal(CurrencyIssuance.get(state), balances, 'balances issuance = sum of balances');
  assert.equal(TotalIssuance.get(state), balances, 'subtensor TotalIssuance = sum of balances');
  for (const netuid of getAllSubnetNetuids(state)) {
    assert.equal(free(state, getSubnetAccountId(netuid)), SubnetTAO.get(state, [netuid]), `pool ${netuid}`);
  }
}

const failure = (block: AppliedBlock, index: number) => outcomesOf(block)[index];

function createChain(): LifecycleChain {
  const runtime = createRuntime({ coinbase: false }); // no emission: the pools move only by the calls
  const base = devGenesis({
    accounts: [ALICE, OWNER, STRANGER, MINER, VALI, AUTHOR],
    stakeThreshold: 100n * TAO,
  });
  const chain = new LifecycleChain(runtime, base, AUTHOR);
  chain.checkAlways(checkIssuance);
  return chain;
}

function registerSubnet(chain: LifecycleChain): void {
  chain.advanceTo(REGISTERED_AT - 1);
  const lock = getNetworkRegistrationCost(chain.view(), BigInt(REGISTERED_AT));
  const ownerBefore = free(chain.view(), OWNER);
  const identity = {
    subnet_name: text('scenario'),
    github_repo: text('https://example.org/scenario'),
    subnet_contact: text('owner@example.org'),
    subnet_url: text(''),
    discord: text(''),
    description: text('a subnet driven block by block'),
    logo_url: text(''),
    additional: text(''),
  };
  const block = chain.block(
    tx(OWNER, sub('register_network_with_identity', { hotkey: OWNER_HOT, identity })),
  );
  expectOk(block);
  const state = chain.view();
  assert.equal(lock, 1_000n * TAO, 'the first lock is NetworkMinLockCost');
  assert.equal(ownerBefore - free(state, OWNER), lock + (block.outcomes[0]?.feePaid ?? 0n));
  assert.equal(SubnetLocked.get(state, [NET]), lock);
  assert.equal(NetworkLastLockCost.get(state), lock);
  assert.equal(getNetworkRegistrationCost(state, BigInt(REGISTERED_AT)), 2n * lock, 'the next lock doubles');
  assert.equal(SubnetTAO.get(state, [NET]), lock, 'pool TAO = the lock');
  assert.equal(SubnetAlphaIn.get(state, [NET]), lock, 'pool alpha = lock / median price 1.0');
  assert.equal(SubnetAlphaOut.get(state, [NET]), 0n);
  assert.deepEqual(TokenSymbol.get(state, [NET]), SYMBOLS[1]);
  const info = chain.runtime.views.getSubnetInfo(state, NET);
  assert.equal(info?.owner, OWNER);
  assert.deepEqual(info?.identity?.subnet_name, text('scenario'));
  assert.equal(info?.tempo, TEMPO);
  assert.equal(info?.subnetwork_n, 1);
  assert.equal(LastEpochBlock.get(state, [NET]), BigInt(REGISTERED_AT - (1 % TEMPO)), 'epoch staggered');
  assert.equal(eventsNamed(block, 'NetworkAdded').length, 1);
}

/** A rate-limited second registration fails, pays its fee and writes nothing else. */
function failedExtrinsicPaysOnly(chain: LifecycleChain): void {
  const failing = tx(STRANGER, sub('register_network', { hotkey: key(99) }));
  const without = chain.dryRun();
  const withFailure = chain.dryRun(failing);
  assert.equal(failure(withFailure, 1), 'SubtensorModule.NetworkTxRateLimitExceeded');
  const failed = eventsNamed(withFailure, 'ExtrinsicFailed')[0];
  assert.deepEqual(
    [failed?.data.module, failed?.data.error],
    ['SubtensorModule', 'NetworkTxRateLimitExceeded'],
  );
  const fee = withFailure.outcomes[1]?.feePaid ?? 0n;
  assert.ok(fee > 0n, 'a failed call still pays');
  const touched = [...new Set([...without.changes.keys(), ...withFailure.changes.keys()])].filter((k) => {
    const a = without.changes.get(k);
    const b = withFailure.changes.get(k);
    return a === undefined || b === undefined || a === null || b === null
      ? a !== b
      : Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0;
  });
  assert.deepEqual(touched.sort(), [Account.keyOf([STRANGER]), Account.keyOf([AUTHOR])].sort());
  const before = chain.view();
  const strangerBefore = free(before, STRANGER);
  const authorBefore = free(before, AUTHOR);
  chain.block(failing);
  assert.equal(strangerBefore - free(chain.view(), STRANGER), fee);
  assert.equal(free(chain.view(), AUTHOR) - authorBefore, fee);
}

function startAndConfigure(chain: LifecycleChain): void {
  const sudo = (call: BoundCall): BoundCall => ({ pallet: 'Sudo', name: 'sudo', args: { call } });
  const stake = sub('add_stake', { hotkey: OWNER_HOT, netuid: NET, amount_staked: 10n * TAO });
  const block = chain.block(
    tx(VALI, stake),
    tx(OWNER, sub('start_call', { netuid: NET })),
    tx(OWNER, admin('sudo_set_commit_reveal_weights_enabled', { netuid: NET, enabled: false })),
    tx(OWNER, admin('sudo_set_immunity_period', { netuid: NET, immunity_period: 1_000 })),
    tx(STRANGER, admin('sudo_set_immunity_period', { netuid: NET, immunity_period: 1 })),
    tx(ALICE, sudo(admin('sudo_set_kappa', { netuid: NET, kappa: 30_000 }))),
  );
  assert.deepEqual(outcomesOf(block), [
    'SubtensorModule.SubtokenDisabled',
    'ok',
    'ok',
    'ok',
    'System.BadOrigin',
    'ok',
  ]);
  const params = chain.runtime.views.getSubnetHyperparams(chain.view(), NET);
  assert.equal(params?.commit_reveal_weights_enabled, false);
  assert.equal(params?.immunity_period, 1_000);
  assert.equal(params?.kappa, 30_000);
  assert.equal(
    eventsNamed(block, 'FirstEmissionBlockNumberSet')[0]?.data.blockNumber,
    BigInt(chain.number + 1),
  );
}

describe('scenario: a network lifecycle through the public runtime', () => {
  it('registers, starts, configures, registers neurons, serves, sets and reveals weights, runs epochs', () => {
    const chain = createChain();
    registerSubnet(chain);
    failedExtrinsicPaysOnly(chain);
    startAndConfigure(chain);
    const uids = registerNeurons(chain);
    serveAxon(chain, uids.miner1);
    runEpochs(chain, uids);
    commitReveal(chain, uids);
    secondSubnet(chain);
  });
});

interface ScenarioUids {
  readonly owner: number;
  readonly vali: number;
  readonly miner1: number;
  readonly miner2: number;
}

/** The price every block: decayed by the block step, bumped x1.26 by each registration; fee TAO into the pool. */
function registerNeurons(chain: LifecycleChain): ScenarioUids {
  const bounds = (s: OverlayState) => ({ minBurn: MinBurn.get(s, [NET]), maxBurn: MaxBurn.get(s, [NET]) });
  const parent = chain.view();
  const price1 = decayBurnForBlock(Burn.get(parent, [NET]), 360n, BigInt(chain.number + 1), bounds(parent));
  const quote = chain.runtime.swap.simSwapTaoForAlpha({ state: parent }, NET, price1);
  assert.equal(quote.feePaid, (price1 * BigInt(FeeRate.get(parent, [NET]))) / 65_535n);
  const [minerBefore, authorBefore] = [free(parent, MINER), free(parent, AUTHOR)];
  const [taoBefore, alphaInBefore] = [SubnetTAO.get(parent, [NET]), SubnetAlphaIn.get(parent, [NET])];
  const first = chain.block(tx(MINER, sub('burned_register', { netuid: NET, hotkey: MINER_HOT1 })));
  expectOk(first);
  let state = chain.view();
  const txFee = first.outcomes[0]?.feePaid ?? 0n;
  assert.equal(minerBefore - free(state, MINER), price1 + txFee);
  assert.equal(free(state, AUTHOR) - authorBefore, txFee + quote.feePaid, 'swap fee to the author');
  assert.equal(SubnetTAO.get(state, [NET]), taoBefore + price1 - quote.feePaid);
  assert.equal(SubnetAlphaIn.get(state, [NET]), alphaInBefore - quote.amountPaidOut);
  assert.equal(SubnetAlphaOut.get(state, [NET]), 0n, 'the bought alpha is burned');
  assert.equal(RAORecycledForRegistration.get(state, [NET]), price1);
  const mult = BurnIncreaseMult.get(state, [NET]);
  const bumped1 = bumpBurnAfterRegistration(price1, mult, bounds(state));
  assert.equal(Burn.get(state, [NET]), bumped1);
  assertRatio(bumped1, price1, 1.26);

  // next block: the price decays once, then two registrations bump it twice
  const price2 = decayBurnForBlock(bumped1, 360n, BigInt(chain.number + 1), bounds(state));
  assertRatio(price2, bumped1, 4_286_705_684 / 2 ** 32);
  const second = chain.block(
    tx(MINER, sub('burned_register', { netuid: NET, hotkey: MINER_HOT2 })),
    tx(VALI, sub('burned_register', { netuid: NET, hotkey: VALI_HOT })),
  );
  expectOk(second);
  state = chain.view();
  const price3 = bumpBurnAfterRegistration(price2, mult, bounds(state));
  assert.equal(Burn.get(state, [NET]), bumpBurnAfterRegistration(price3, mult, bounds(state)));
  assert.equal(RAORecycledForRegistration.get(state, [NET]), price1 + price2 + price3);
  assert.equal(eventsNamed(second, 'NeuronRegistered').length, 2);

  // a failing registration: already registered
  const again = chain.block(tx(MINER, sub('burned_register', { netuid: NET, hotkey: MINER_HOT1 })));
  assert.equal(failure(again, 0), 'SubtensorModule.HotKeyAlreadyRegisteredInSubNet');
  const uid = (hotkey: AccountId) => Uids.get(chain.view(), [NET, hotkey]);
  return { owner: uid(OWNER_HOT), miner1: uid(MINER_HOT1), miner2: uid(MINER_HOT2), vali: uid(VALI_HOT) };
}

function assertRatio(after: bigint, before: bigint, expected: number): void {
  // float-ok: test-side tolerance on a ratio of two exact amounts
  const ratio = Number(after) / Number(before);
  assert.ok(Math.abs(ratio - expected) < 1e-6, `ratio ${ratio}, expected ${expected}`);
}

function serveAxon(chain: LifecycleChain, uid: number): void {
  const ip = 0x0a00_0001n; // 10.0.0.1
  const axon = {
    netuid: NET,
    version: 7,
    ip,
    port: 8091,
    ip_type: 4,
    protocol: 4,
    placeholder1: 0,
    placeholder2: 0,
  };
  const block = chain.block(tx(MINER_HOT1, sub('serve_axon', axon)));
  expectOk(block);
  const info = chain.runtime.views.getNeuron(chain.view(), NET, uid)?.axon_info;
  assert.deepEqual(info, {
    block: BigInt(chain.number),
    version: 7,
    ip,
    port: 8091,
    ip_type: 4,
    protocol: 4,
    placeholder1: 0,
    placeholder2: 0,
  });
  const tooSoon = chain.block(tx(MINER_HOT1, sub('serve_axon', { ...axon, port: 9000 })));
  assert.equal(failure(tooSoon, 0), 'SubtensorModule.ServingRateLimitExceeded');
}

/** Epoch boundaries: LastEpochBlock + tempo; permits first, then weights, then incentive and dividends. */
function runEpochs(chain: LifecycleChain, uids: ScenarioUids): void {
  const stake = sub('add_stake', { hotkey: VALI_HOT, netuid: NET, amount_staked: 600n * TAO });
  expectOk(chain.block(tx(VALI, stake)));
  const staked = chain.runtime.views.getNeuron(chain.view(), NET, uids.vali)?.stake[0]?.[1] ?? 0n;
  assert.ok(staked > 100n * TAO && staked < 600n * TAO, 'TAO bought alpha above the stake threshold');
  const firstEpoch = Number(LastEpochBlock.get(chain.view(), [NET])) + TEMPO;
  assert.equal(firstEpoch, REGISTERED_AT - 1 + TEMPO);
  chain.advanceTo(firstEpoch - 1);
  assert.equal(SubnetEpochIndex.get(chain.view(), [NET]), 0n, 'no epoch before the boundary');
  chain.block();
  let state = chain.view();
  assert.equal(SubnetEpochIndex.get(state, [NET]), 1n);
  assert.equal(LastEpochBlock.get(state, [NET]), BigInt(firstEpoch));
  const neuron = (uid: number) => chain.runtime.views.getNeuron(chain.view(), NET, uid);
  assert.equal(neuron(uids.vali)?.validator_permit, true, 'stake earns a permit');
  assert.equal(neuron(uids.miner1)?.validator_permit, false);

  const weights = sub('set_weights', {
    netuid: NET,
    dests: [uids.miner1, uids.miner2],
    weights: [1, 1],
    version_key: 0n,
  });
  expectOk(chain.block(tx(VALI_HOT, weights)));
  assert.deepEqual(neuron(uids.vali)?.weights, [
    [uids.miner1, 65_535],
    [uids.miner2, 65_535],
  ]);
  chain.advanceTo(firstEpoch + TEMPO);
  state = chain.view();
  assert.equal(SubnetEpochIndex.get(state, [NET]), 2n);
  for (const miner of [uids.miner1, uids.miner2]) {
    assert.ok((neuron(miner)?.incentive ?? 0) > 0, 'miners earn incentive');
    assert.ok((neuron(miner)?.consensus ?? 0) > 0, 'miners reach consensus');
  }
  assert.ok((neuron(uids.vali)?.dividends ?? 0) > 0, 'the validator earns dividends');
  assert.equal(neuron(uids.vali)?.validator_permit, true);
  assert.equal(neuron(uids.owner)?.validator_permit, true, 'the owner keeps a permit');
}

/** Commit-reveal on: set_weights refused, commit now, reveal too early refused, reveal next epoch applies. */
function commitReveal(chain: LifecycleChain, uids: ScenarioUids): void {
  chain.advanceTo(chain.number + 10);
  const enable = chain.block(
    tx(OWNER, admin('sudo_set_commit_reveal_weights_enabled', { netuid: NET, enabled: true })),
  );
  expectOk(enable);
  const [dests, values, salt] = [
    [uids.miner1, uids.miner2],
    [3, 1],
    [1, 2, 3],
  ];
  const refused = chain.block(
    tx(VALI_HOT, sub('set_weights', { netuid: NET, dests, weights: values, version_key: 0n })),
  );
  assert.equal(failure(refused, 0), 'SubtensorModule.CommitRevealEnabled');
  const hash = getCommitHash(VALI_HOT, storageIndexOf(NET, 0), dests, values, salt, 0n);
  expectOk(chain.block(tx(VALI_HOT, sub('commit_weights', { netuid: NET, commit_hash: hash }))));
  const reveal = sub('reveal_weights', { netuid: NET, uids: dests, values, salt, version_key: 0n });
  const early = chain.block(tx(VALI_HOT, reveal));
  assert.equal(failure(early, 0), 'SubtensorModule.RevealTooEarly');
  const nextEpoch = Number(LastEpochBlock.get(chain.view(), [NET])) + TEMPO;
  chain.advanceTo(nextEpoch);
  const revealed = chain.block(tx(VALI_HOT, reveal));
  expectOk(revealed);
  assert.equal(eventsNamed(revealed, 'WeightsRevealed').length, 1);
  const neuron = (uid: number) => chain.runtime.views.getNeuron(chain.view(), NET, uid);
  assert.deepEqual(neuron(uids.vali)?.weights, [
    [uids.miner1, 65_535],
    [uids.miner2, 21_845],
  ]);
  chain.advanceTo(nextEpoch + TEMPO);
  assert.ok((neuron(uids.miner1)?.incentive ?? 0) > (neuron(uids.miner2)?.incentive ?? 0));
}

/** The lock decays linearly from its doubled price; the new pool's alpha is its TAO at the median price. */
function secondSubnet(chain: LifecycleChain): void {
  const sudo = (call: BoundCall): BoundCall => ({ pallet: 'Sudo', name: 'sudo', args: { call } });
  expectOk(chain.block(tx(ALICE, sudo(admin('sudo_set_network_rate_limit', { rate_limit: 0n })))));
  const at = BigInt(chain.number + 1);
  const lastLock = NetworkLastLockCost.get(chain.view());
  const lock = getNetworkRegistrationCost(chain.view(), at);
  assert.equal(lock, 2n * lastLock - (lastLock / 100_800n) * (at - BigInt(REGISTERED_AT)));
  const median = chain.runtime.swap.currentAlphaPrice({ state: chain.view() }, NET);
  const expected = computeNewSubnetPool(lock, NetworkMinLockCost.get(chain.view()), median);
  expectOk(chain.block(tx(STRANGER, sub('register_network', { hotkey: key(31) }))));
  const state = chain.view();
  const net2 = netUid(2);
  assert.equal(SubnetTAO.get(state, [net2]), lock);
  assert.equal(SubnetAlphaIn.get(state, [net2]), expected.subnetAlphaIn);
  assert.ok(expected.subnetAlphaIn < lock, 'subnet 1 trades above 1 TAO per alpha');
  assert.equal(LastEpochBlock.get(state, [net2]), at - 2n, 'netuid 2 is staggered by 2 blocks');
  assert.deepEqual(TokenSymbol.get(state, [net2]), SYMBOLS[2]);
}
