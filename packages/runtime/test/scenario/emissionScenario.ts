/**
 * A multi-subnet emission scenario for the scenario tests: started subnets with distinct EMA prices, each with
 * validators (alpha and root stake) weighting miners, new neurons registering and stakers moving TAO in and
 * out over the run. After every block it checks the accounting: the halving law of the block emission, every
 * minted rao on an account (issuance = Σ balances, each subnet account = its pool + a constant), every minted
 * alpha in the subnet's issuance, everything owned within `SubnetAlphaOut`. It records each subnet's TAO.
 */
import assert from 'node:assert/strict';
import { type AccountId, I96F32, type NetUid, U64_MAX } from '@taonet/primitives';
import { TotalIssuance } from '../../src/balances/schema.js';
import { getBlockEmissionForIssuance } from '../../src/coinbase/math/blockEmission.js';
import {
  BlockEmission,
  PendingOwnerCut,
  PendingRootAlphaDivs,
  PendingServerEmission,
  PendingValidatorEmission,
  SubnetAlphaInEmission,
  SubnetAlphaOutEmission,
  SubnetExcessTao,
  SubnetTaoInEmission,
} from '../../src/coinbase/schema.js';
import { TaoWeight, TotalHotkeyAlpha } from '../../src/staking/schema.js';
import { SubnetMovingPrice, SubnetProtocolAlpha, Tempo } from '../../src/subnets/schema.js';
import { getSubnetAccountId } from '../../src/subnets/subnetAccount.js';
import { SubnetAlphaIn, SubnetAlphaOut, SubnetTAO } from '../../src/swap/schema.js';
import {
  account,
  type CoinbaseChain,
  createCoinbaseChain,
  expectOk,
  issuanceGap,
  ROOT,
  TAO,
} from '../unit/coinbase/coinbaseChain.js';

export interface EmissionScenarioOpts {
  readonly subnets: number;
  readonly blocks: number;
  /** TotalIssuance before the first block, topped up after the setup (to cross a halving during the run) */
  readonly initialIssuance: bigint;
  readonly validators?: number;
  readonly miners?: number;
  readonly tempo?: number;
}

export interface EmissionScenarioResult {
  readonly chain: CoinbaseChain;
  readonly subnets: readonly NetUid[];
  /** EMA price each subnet started with, ascending with the subnet index */
  readonly prices: readonly number[];
  /** TAO each subnet received over the run (injected + spent on protocol buys) */
  readonly taoReceived: readonly bigint[];
  /** the block emission of every block */
  readonly emissions: readonly bigint[];
  readonly epochsRun: number;
  readonly registrations: number;
}

const validatorOf = (subnet: number, i: number) => account(0x10_000 + subnet * 100 + i);
const minerOf = (subnet: number, i: number) => account(0x20_000 + subnet * 1000 + i);
const STAKER = account(0x30_000);
const REGISTRAR = account(0x40_000);

function openSubnets(
  chain: CoinbaseChain,
  opts: EmissionScenarioOpts,
): { subnets: NetUid[]; prices: number[] } {
  const subnets: NetUid[] = [];
  const prices: number[] = [];
  for (let s = 0; s < opts.subnets; s++) {
    const netuid = chain.openSubnet(account(0x1000 + s), account(0x2000 + s));
    const price = 0.1 + (0.9 * s) / Math.max(opts.subnets - 1, 1);
    SubnetMovingPrice.set(chain.state, [netuid], I96F32.fromF64(price));
    Tempo.set(chain.state, [netuid], opts.tempo ?? 20);
    for (let v = 0; v < (opts.validators ?? 2); v++) {
      const hotkey = validatorOf(s, v);
      const coldkey = account(0x50_000 + s * 100 + v);
      chain.addNeuron(netuid, hotkey, coldkey);
      chain.endow(coldkey, 2_000n * TAO);
      expectOk(chain.call(coldkey, 'add_stake', { hotkey, netuid, amount_staked: 500n * TAO }), 'stake');
      expectOk(chain.call(coldkey, 'add_stake', { hotkey, netuid: 0, amount_staked: 500n * TAO }), 'root');
    }
    for (let m = 0; m < (opts.miners ?? 3); m++)
      chain.addNeuron(netuid, minerOf(s, m), account(0x60_000 + s));
    subnets.push(netuid);
    prices.push(price);
  }
  return { subnets, prices };
}

/** Validators weight the miners (their permits come from the first epoch; failures are retried later). */
function setWeights(chain: CoinbaseChain, subnets: readonly NetUid[], opts: EmissionScenarioOpts): void {
  const validators = opts.validators ?? 2;
  subnets.forEach((netuid, s) => {
    for (let v = 0; v < validators; v++) {
      const dests = Array.from({ length: opts.miners ?? 3 }, (_, m) => 1 + validators + m);
      const weights = dests.map((_, m) => 10_000 + 1_000 * m);
      chain.call(validatorOf(s, v), 'set_weights', { netuid, dests, weights, version_key: 0n });
    }
  });
}

/** Every `period` blocks: a new neuron on one subnet and a stake move on another. */
function userActivity(chain: CoinbaseChain, subnets: readonly NetUid[], block: number): boolean {
  const netuid = subnets[block % subnets.length] as NetUid;
  const hotkey = account(0x70_000 + block);
  const registered = chain.call(REGISTRAR, 'burned_register', { netuid, hotkey }).ok;
  const target = validatorOf(block % subnets.length, 0);
  if (block % 2 === 0) chain.call(STAKER, 'add_stake', { hotkey: target, netuid, amount_staked: 20n * TAO });
  else chain.call(STAKER, 'remove_stake', { hotkey: target, netuid, amount_unstaked: 5n * TAO });
  return registered;
}

const alphaIssuance = (chain: CoinbaseChain, netuid: NetUid) =>
  SubnetAlphaIn.get(chain.state, [netuid]) + SubnetAlphaOut.get(chain.state, [netuid]);

function ownedAlpha(chain: CoinbaseChain, netuid: NetUid): bigint {
  const { state } = chain;
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
  return owned;
}

/** The per-block checks: halving law, TAO on accounts, alpha minted = alpha issued. */
function checkBlock(
  chain: CoinbaseChain,
  subnets: readonly NetUid[],
  before: { issuance: bigint; alpha: bigint[]; surplus: bigint[] },
): bigint {
  const emission = BlockEmission.get(chain.state);
  assert.equal(emission, getBlockEmissionForIssuance(before.issuance), 'the halving law');
  const recycled = chain.last?.recycledTao ?? 0n;
  assert.equal(TotalIssuance.get(chain.state) - before.issuance, emission - recycled, 'emission minted');
  assert.deepEqual(issuanceGap(chain), { currency: 0n, subtensor: 0n });
  subnets.forEach((netuid, i) => {
    const surplus = chain.free(getSubnetAccountId(netuid)) - SubnetTAO.get(chain.state, [netuid]);
    assert.equal(surplus, before.surplus[i], `subnet ${netuid}: its account backs its pool`);
    const minted =
      SubnetAlphaInEmission.get(chain.state, [netuid]) + SubnetAlphaOutEmission.get(chain.state, [netuid]);
    assert.equal(
      alphaIssuance(chain, netuid) - (before.alpha[i] ?? 0n),
      minted,
      `subnet ${netuid}: alpha minted`,
    );
    assert.ok(
      ownedAlpha(chain, netuid) <= SubnetAlphaOut.get(chain.state, [netuid]),
      'owned within alpha out',
    );
  });
  return emission;
}

export function runEmissionScenario(opts: EmissionScenarioOpts): EmissionScenarioResult {
  const chain = createCoinbaseChain({ lock: 100n * TAO });
  TaoWeight.set(chain.state, (U64_MAX * 18n) / 100n);
  chain.endow(STAKER, 100_000n * TAO);
  chain.endow(REGISTRAR, 100_000n * TAO);
  const { subnets, prices } = openSubnets(chain, opts);
  const issued = TotalIssuance.get(chain.state);
  if (opts.initialIssuance > issued) chain.endow(account(0xfeed), opts.initialIssuance - issued);
  const taoReceived = subnets.map(() => 0n);
  const emissions: bigint[] = [];
  let epochsRun = 0;
  let registrations = 0;
  for (let b = 0; b < opts.blocks; b++) {
    if (b % 10 === 5) setWeights(chain, subnets, opts);
    if (b % 25 === 7 && userActivity(chain, subnets, b)) registrations += 1;
    const before = {
      issuance: TotalIssuance.get(chain.state),
      alpha: subnets.map((n) => alphaIssuance(chain, n)),
      surplus: subnets.map((n) => chain.free(getSubnetAccountId(n)) - SubnetTAO.get(chain.state, [n])),
    };
    chain.nextBlock();
    emissions.push(checkBlock(chain, subnets, before));
    epochsRun += chain.last?.epochs.length ?? 0;
    subnets.forEach((netuid, i) => {
      const received =
        SubnetTaoInEmission.get(chain.state, [netuid]) + SubnetExcessTao.get(chain.state, [netuid]);
      taoReceived[i] = (taoReceived[i] ?? 0n) + received;
    });
  }
  return { chain, subnets, prices, taoReceived, emissions, epochsRun, registrations };
}

/** Root stake of a validator (for assertions about root dividends). */
export const rootStakeOf = (chain: CoinbaseChain, hotkey: AccountId) =>
  TotalHotkeyAlpha.get(chain.state, [hotkey, ROOT]);
export { validatorOf };
